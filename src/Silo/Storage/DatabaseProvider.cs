namespace LiveFair.Silo.Storage;

public enum DatabaseProvider
{
    Sqlite = 0,
    PostgreSql = 1,
}
