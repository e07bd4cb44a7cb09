import StyledText

/// Help text as the terminal shows it: where the locale is not UTF-8, its typography (×, ·, arrows)
/// is folded to ASCII, as every other output is. The manual page is generated that way, since its
/// generator drops every character outside ASCII.
enum HelpText {
    static func plain(_ text: String) -> String {
        Console.localeIsUTF8() ? text : ASCIIFold.fold(text)
    }
}
