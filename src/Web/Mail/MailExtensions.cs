using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LiveFair.Web.Mail;

public static class MailExtensions
{
    public static WebApplicationBuilder AddLiveFairMail(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<MailOptions>()
            .Bind(builder.Configuration.GetSection(MailOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MailOptions>, MailOptionsValidator>());
        services.AddSingleton<IMailSender>(sp => sp.GetRequiredService<IOptions<MailOptions>>().Value.Sender == MailSenderKind.Smtp
            ? ActivatorUtilities.CreateInstance<SmtpMailSender>(sp)
            : ActivatorUtilities.CreateInstance<LogMailSender>(sp));
        services.AddSingleton<MailOutbox>();
        services.AddHostedService<MailOutboxWorker>();
        return builder;
    }
}
