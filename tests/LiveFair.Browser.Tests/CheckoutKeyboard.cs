using Microsoft.Playwright;

namespace LiveFair.Browser.Tests;

/// <summary>The checkout form filled as a keyboard user does it: Tab from the quantity through the address to the nickname.</summary>
internal static class CheckoutKeyboard
{
    /// <summary>From the focused quantity field: a Chengdu address, the nickname shown on the ticker, then "place order".</summary>
    public static async Task FillAddressAndPlaceAsync(this IPage page, string nickname)
    {
        await page.TabToAsync("#recipientName", maxPresses: 2);
        await page.Keyboard.TypeAsync("王小明");
        await page.TabToAsync("#phone", maxPresses: 1);
        await page.Keyboard.TypeAsync("13800000000");
        await page.TabToAsync("#province", maxPresses: 1);
        await page.Keyboard.TypeAsync("四川");
        await page.TabToAsync("#city", maxPresses: 1);
        await page.Keyboard.TypeAsync("成都");
        await page.TabToAsync("#addressLine", maxPresses: 1);
        await page.Keyboard.TypeAsync("春熙路 1 号");
        await page.TabToAsync("#showNickname", maxPresses: 2);
        await page.AssertFocusVisibleAsync();
        await page.Keyboard.PressAsync("Space");
        await page.TabToAsync("#tickerNickname", maxPresses: 1);
        await page.Keyboard.TypeAsync(nickname);
        await page.TabToAsync("main form button[type=submit]");
        await page.AssertFocusVisibleAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/orders/ord-", StringComparison.Ordinal));
    }
}
