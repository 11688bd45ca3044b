namespace LiveFair.Web.Media;

/// <summary>Stable codes for a refused upload; the Web layer maps them to problem details.</summary>
public static class MediaErrorCodes
{
    /// <summary>Longer than <see cref="ImagePipelineOptions.MaxUploadBytes"/>; refused while streaming.</summary>
    public const string TooLarge = "media.too_large";

    /// <summary>Not JPEG, PNG or WebP by its first bytes, whatever its name or declared type says.</summary>
    public const string NotAnImage = "media.not_an_image";

    /// <summary>The header declares more pixels, or a longer side, than allowed; refused before decoding.</summary>
    public const string TooManyPixels = "media.too_many_pixels";

    /// <summary>Truncated or damaged: the decoder could not read it whole.</summary>
    public const string Corrupt = "media.corrupt";
}

/// <summary>An upload the image pipeline refused. <see cref="Code"/> is one of <see cref="MediaErrorCodes"/>.</summary>
public sealed class MediaRejectedException : Exception
{
    public MediaRejectedException()
    {
        Code = MediaErrorCodes.Corrupt;
    }

    public MediaRejectedException(string message)
        : base(message)
    {
        Code = MediaErrorCodes.Corrupt;
    }

    public MediaRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = MediaErrorCodes.Corrupt;
    }

    public MediaRejectedException(string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
    }

    public string Code { get; }
}
