using System.Runtime.InteropServices;

namespace GuideGen.Cli.Building;

/// <summary>
/// Swaps two folders in one step where the system can: Linux's renameat2 with RENAME_EXCHANGE, so
/// that at every instant the output folder is a complete site, the old one or the new one. Elsewhere
/// (or on a file system that cannot exchange) the caller falls back to two renames.
/// </summary>
public static class FolderExchange
{
    private const int AtCurrentDirectory = -100; // AT_FDCWD
    private const uint RenameExchange = 2; // RENAME_EXCHANGE

    /// <summary>Exchanges <paramref name="a"/> and <paramref name="b"/> atomically; false when this system cannot.</summary>
    public static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            if (RenameAt2(AtCurrentDirectory, a, AtCurrentDirectory, b, RenameExchange) == 0) return true;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false; // a C library without renameat2 (glibc before 2.28, some musl builds)
        }
        var errno = Marshal.GetLastPInvokeError();
        // ENOSYS (no such call), EINVAL (flag not supported), ENOTSUP/EOPNOTSUPP: fall back. Anything else is a real error.
        if (errno is 38 or 22 or 95) return false;
        throw new IOException($"cannot swap '{a}' and '{b}': {Marshal.GetPInvokeErrorMessage(errno)}");
    }

    // DllImport rather than LibraryImport, which would need unsafe code enabled; strings are UTF-8 on Unix either way.
    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false)]
    private static extern int RenameAt2(int oldDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, int newDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);
}
