/// Box-drawing characters, with an ASCII set for terminals that are not UTF-8.
struct BoxDrawing {
    var horizontal = "─", vertical = "│", topLeft = "┌", topRight = "┐", bottomLeft = "└", bottomRight = "┘"

    init(ascii: Bool) {
        if ascii {
            horizontal = "-"; vertical = "|"; topLeft = "+"; topRight = "+"; bottomLeft = "+"; bottomRight = "+"
        }
    }
}
