namespace LiveFair.Silo.Storage;

/// <summary>Bound from the <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>ADO.NET connection string; the default is one SQLite file under <c>data/</c>.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/livefair.db";
}
