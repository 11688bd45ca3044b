using System.Net;
using System.Net.Sockets;

namespace LiveFair.Testing;

public static class FreePorts
{
    /// <summary>A loopback port nobody listens on right now (for the silo and gateway of a test host).</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
