using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace LiveFair.Web.Identity;

public sealed class LiveFairIdentityDbContext(DbContextOptions<LiveFairIdentityDbContext> options)
    : IdentityDbContext<LiveFairUser>(options);
