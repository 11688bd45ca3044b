namespace LiveFair.Testing;

public static class RepositoryPaths
{
    /// <summary>The repository root: the first folder above the test binaries that holds LiveFair.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string WebProject => Path.Combine(Root, "src", "Web");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LiveFair.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("LiveFair.sln not found above " + AppContext.BaseDirectory);
    }
}
