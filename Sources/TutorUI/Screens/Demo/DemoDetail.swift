/// How much a classroom slide shows, from the roomiest to the tightest: the slide is laid out at the
/// first level whose lines fit the window, so a projector gets large glyphs and full pictures and a
/// small window still gets the step, its words and a compact picture.
struct DemoDetail: Equatable {
    enum Picture: Equatable {
        case full
        case compact
        /// No room even for the compact picture: a line says a taller window shows it.
        case none
    }

    /// How many times larger than one block the large glyphs are drawn; 0 draws none.
    var glyphScale: Int
    var picture: Picture
    var code: Bool
    /// How many of the steps before the current one are listed (the latest ones).
    var earlierSteps: Int

    /// The levels to try in order, for a slide whose current step has `earlier` steps before it.
    static func levels(earlier: Int) -> [DemoDetail] {
        var levels = [
            DemoDetail(glyphScale: 2, picture: .full, code: true, earlierSteps: earlier),
            DemoDetail(glyphScale: 1, picture: .full, code: true, earlierSteps: earlier),
            DemoDetail(glyphScale: 1, picture: .compact, code: true, earlierSteps: earlier),
            DemoDetail(glyphScale: 0, picture: .full, code: true, earlierSteps: earlier),
            DemoDetail(glyphScale: 0, picture: .compact, code: true, earlierSteps: earlier),
        ]
        levels += stride(from: earlier, through: 0, by: -1).map {
            DemoDetail(glyphScale: 0, picture: .compact, code: false, earlierSteps: $0)
        }
        levels.append(DemoDetail(glyphScale: 0, picture: .none, code: false, earlierSteps: 0))
        return levels
    }
}
