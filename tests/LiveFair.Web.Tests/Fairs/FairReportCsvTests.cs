using LiveFair.Web.Fairs;
using Xunit;

namespace LiveFair.Web.Tests.Fairs;

public sealed class FairReportCsvTests
{
    [Theory]
    [InlineData("珠江科技", "珠江科技")]
    [InlineData("", "")]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+86 公司", "'+86 公司")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("甲,乙", "\"甲,乙\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=A1,\"x\"", "\"'=A1,\"\"x\"\"\"")]
    [InlineData("a=b", "a=b")]
    public void A_cell_is_quoted_when_it_must_be_and_never_starts_a_formula(string value, string expected) =>
        Assert.Equal(expected, FairReportCsv.Cell(value));
}
