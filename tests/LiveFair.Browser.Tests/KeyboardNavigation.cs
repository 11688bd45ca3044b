using Microsoft.Playwright;
using Xunit.Sdk;

namespace LiveFair.Browser.Tests;

/// <summary>Moving through a page the way a keyboard user does: Tab and Shift+Tab, never a click.</summary>
internal static class KeyboardNavigation
{
    private const string DescribeFocus =
        "() => { const e = document.activeElement; if (!e || e === document.body) return 'body'; " +
        "return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.getAttribute('href') ? '[href=' + e.getAttribute('href') + ']' : ''); }";

    /// <summary>
    /// Presses Tab (or Shift+Tab) until the focused element matches <paramref name="selector"/>, at most
    /// <paramref name="maxPresses"/> times. Fails with the path focus took when it never gets there.
    /// </summary>
    public static async Task TabToAsync(this IPage page, string selector, int maxPresses = 60, bool backwards = false)
    {
        var path = new List<string>();
        for (var i = 0; i < maxPresses; i++)
        {
            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement !== null && document.activeElement.matches(s)", selector))
            {
                return;
            }

            path.Add(await page.EvaluateAsync<string>(DescribeFocus));
        }

        throw new XunitException($"{(backwards ? "Shift+Tab" : "Tab")} never reached {selector} in {maxPresses} presses; focus went: {string.Join(" → ", path)}");
    }

    /// <summary>The focused element, described as tag#id[href] for messages.</summary>
    public static Task<string> FocusedAsync(this IPage page) => page.EvaluateAsync<string>(DescribeFocus);

    /// <summary>Fails unless the focused element shows a focus indicator (a computed outline other than none/0px).</summary>
    public static async Task AssertFocusVisibleAsync(this IPage page)
    {
        var outline = await page.EvaluateAsync<string>(
            "() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth; }");
        var focused = await page.FocusedAsync();
        Assert.False(outline.StartsWith("none", StringComparison.Ordinal), $"{focused} has no visible focus outline ({outline}).");
        Assert.False(outline.EndsWith(" 0px", StringComparison.Ordinal), $"{focused} has a zero-width focus outline ({outline}).");
    }

    /// <summary>
    /// Signs in through the sign-in page by keyboard only: Tab from the top of the page to the email field,
    /// type, Tab, type the password, Enter. Waits until the browser lands on <paramref name="returnPath"/>.
    /// </summary>
    public static async Task SignInByKeyboardAsync(this IPage page, string returnPath, string email = DemoData.CaptionerEmail, string password = DemoData.Password)
    {
        await page.GotoAsync("/account/login?returnUrl=" + Uri.EscapeDataString(returnPath));
        await page.TabToAsync("#email");
        await page.Keyboard.TypeAsync(email);
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("#password")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(password);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => new Uri(url).PathAndQuery == returnPath);
    }
}
