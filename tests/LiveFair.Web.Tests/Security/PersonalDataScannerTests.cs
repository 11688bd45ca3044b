using LiveFair.Testing;
using Xunit;

namespace LiveFair.Web.Tests.Security;

public sealed class PersonalDataScannerTests
{
    public static TheoryData<string, PersonalDataKind> Planted => new()
    {
        { "Signed in captioner-a@test.local from the console", PersonalDataKind.EmailAddress },
        { "reply to Zhang.San+fair@example.com.cn please", PersonalDataKind.EmailAddress },
        { "手机号13812345678，请联系", PersonalDataKind.ChineseMobileNumber },
        { "call 139-1234-5678 after the fair", PersonalDataKind.ChineseMobileNumber },
        { "tel: +86 150 1234 5678", PersonalDataKind.ChineseMobileNumber },
        { "tel: 0086 18612345678", PersonalDataKind.ChineseMobileNumber },
        { "office +86 10 6512 3456", PersonalDataKind.PhoneNumber },
        { "landline 010-65123456", PersonalDataKind.PhoneNumber },
        { "applicant uses a wheelchair", PersonalDataKind.DisabilityTerm },
        { "Needs: Cochlear Implant support", PersonalDataKind.DisabilityTerm },
        { "brings a hearing aid", PersonalDataKind.DisabilityTerm },
        { "category=intellectual disability", PersonalDataKind.DisabilityTerm },
        { "psychosocial", PersonalDataKind.DisabilityTerm },
        { "walks with crutches", PersonalDataKind.DisabilityTerm },
        { "is deaf", PersonalDataKind.DisabilityTerm },
        { "残疾类别：听力", PersonalDataKind.DisabilityTerm },
        { "需要轮椅通道", PersonalDataKind.DisabilityTerm },
        { "佩戴助听器", PersonalDataKind.DisabilityTerm },
        { "植入人工耳蜗", PersonalDataKind.DisabilityTerm },
        { "使用拐杖", PersonalDataKind.DisabilityTerm },
        { "视力残疾", PersonalDataKind.DisabilityTerm },
        { "肢体二级", PersonalDataKind.DisabilityTerm },
        { "智力", PersonalDataKind.DisabilityTerm },
        { "精神", PersonalDataKind.DisabilityTerm },
        { "言语", PersonalDataKind.DisabilityTerm },
        { "残疾等级：三级", PersonalDataKind.DisabilityTerm },
    };

    [Theory]
    [MemberData(nameof(Planted))]
    public void Planted_personal_data_is_found_with_its_kind(string line, PersonalDataKind kind)
    {
        var found = PersonalDataScanner.ScanLine($"2026-05-01T08:00:00.0000000+00:00 Information LiveFair.Web[0] {line}").ToList();
        Assert.Contains(found, f => f.Kind == kind);
    }

    public static TheoryData<string> FrameworkLines =>
    [
        "2026-05-01T08:00:00.1234567+00:00 Information Microsoft.Hosting.Lifetime[14] Now listening on: http://127.0.0.1:40123",
        "Information Microsoft.Hosting.Lifetime[0] Application started. Press Ctrl+C to shut down.",
        "Information Microsoft.Hosting.Lifetime[0] Content root path: /work/wt-security/src/Web",
        "Information Microsoft.AspNetCore.Hosting.Diagnostics[1] Request starting HTTP/1.1 GET http://127.0.0.1:40123/hubs/room?id=Xk3_9aQ1Zb0rT5uV7wY2cA - - -",
        "Information Microsoft.AspNetCore.Hosting.Diagnostics[2] Request finished HTTP/1.1 POST http://127.0.0.1:40123/api/account/login - 204 - - 38.4711ms",
        "Information Microsoft.AspNetCore.Routing.EndpointMiddleware[0] Executed endpoint 'HTTP: POST /api/account/login => SignIn'",
        "Information Microsoft.EntityFrameworkCore.Database.Command[20101] Executed DbCommand (1ms) [Parameters=[@__normalizedEmail_0='?' (Size = 23)], CommandType='Text', CommandTimeout='30']",
        "SELECT \"a\".\"Id\", \"a\".\"AccessFailedCount\", \"a\".\"Email\", \"a\".\"NormalizedEmail\", \"a\".\"PhoneNumber\" FROM \"AspNetUsers\" AS \"a\" LIMIT 1",
        "Information Orleans.Runtime.Silo[100403] Silo S127.0.0.1:11111:130456789 is starting, ServiceId livefair, ClusterId test-1a2b3c4d",
        "Information Orleans.Runtime.Catalog[0] Activated room/room-3f2a9c1b7d4e@9f8e7d6c5b4a3f2a1b0c9d8e7f6a5b4c on S127.0.0.1:11111:130456789",
        "Information Orleans.Runtime.Messaging.Gateway[0] Client hosted-127.0.0.1:11111@130456789 connected",
        "Warning Microsoft.AspNetCore.SignalR.HubConnectionHandler[2] Error when processing requests. TraceId 4bf92f3577b34da6a3ce929d0e0e4736 SpanId 00f067aa0ba902b7",
        "Information Microsoft.AspNetCore.Server.Kestrel[39] Connection id \"0HNB1V2F3G4H5\" accepted. Elapsed 13812 ms, 1381234567 bytes",
        "Information Microsoft.AspNetCore.Authentication.Cookies[10] AuthenticationScheme: Identity.Application signed in.",
        "Information Microsoft.AspNetCore.Routing.EndpointMiddleware[1] Executing endpoint '/Account/Login' on 2026-05-01 08:00:00.000 +08:00",
        "Information Orleans.Hosting[0] Orleans 10.4.2+8f3a1b2c3d4e5f60718293a4b5c6d7e8f9012345 starting on .NET 10.0.12",

        // A random id may spell a term between hex digits; that is an id, not a disability.
        "Information LiveFair.Silo.People.PersonGrain[47053069] Person 61208120-7800-4d61-9dde-e8deaf09b399 registered",
    ];

    [Theory]
    [MemberData(nameof(FrameworkLines))]
    public void Typical_framework_log_lines_are_not_personal_data(string line) =>
        Assert.Empty(PersonalDataScanner.ScanLine(line));

    [Fact]
    public void A_finding_names_file_line_and_kind_but_never_the_value()
    {
        var folder = Directory.CreateTempSubdirectory("livefair-scan-");
        try
        {
            File.WriteAllLines(Path.Combine(folder.FullName, "clean.log"), ["Information Microsoft.Hosting.Lifetime[0] Application started."]);
            File.WriteAllLines(Path.Combine(folder.FullName, "leaky.log"), ["first", "second", "user wang.fang@example.cn phone 13912345678 uses a 轮椅"]);
            File.WriteAllText(Path.Combine(folder.FullName, "ignored.txt"), "not a log: someone@example.com");

            var (files, findings) = PersonalDataScanner.ScanFolder(folder.FullName);

            Assert.Equal(2, files.Count);
            Assert.Equal(
                [PersonalDataKind.EmailAddress, PersonalDataKind.ChineseMobileNumber, PersonalDataKind.DisabilityTerm],
                findings.Select(f => f.Kind));
            Assert.All(findings, f => Assert.EndsWith("leaky.log", f.File, StringComparison.Ordinal));
            Assert.All(findings, f => Assert.Equal(3, f.Line));
            var report = string.Join("\n", findings);
            Assert.Contains("leaky.log:3:6: email address (value redacted)", report, StringComparison.Ordinal);
            Assert.DoesNotContain("wang.fang", report, StringComparison.Ordinal);
            Assert.DoesNotContain("13912345678", report, StringComparison.Ordinal);
            Assert.DoesNotContain("轮椅", report, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
