import ConvMath

extension MistakeCatalog {
    // MARK: - Sizes that fit

    static let fits: [Mistake] = [
        Mistake(.leftoverAsMissing, [.replace(.leftoverRows) { site in
            let s = site.layer.strides.first ?? 1
            guard site.target == .spatial(.leftoverRows), site.correct > 0, s - site.correct != site.correct else { return nil }
            return s - site.correct
        }]) { site in
            MistakeWording(counted: "is the rows missing for one more step",
                           rule: "the question asks for the rows past the last step, which no window reaches: "
                            + "(n + 2p − k) less s times the whole steps")
        },
        Mistake(.fitAddedLeftover, [.replace(.missingRows) { site in
            guard let r = site.earlier[.leftoverRows], r > 0, r != site.correct else { return nil }
            return r
        }]) { site in
            MistakeWording(counted: "adds the \(plural(site.wrong, "leftover row")) to the input",
                           rule: "one more step needs s − r more rows: \(number(site.right))")
        },
        Mistake(.fitShrankInput, [.replace(.fittingInput) { site in
            guard let r = site.earlier[.leftoverRows], r > 0, let n = site.layer.inSpatial.first else { return nil }
            return n - r
        }]) { site in
            MistakeWording(counted: "cuts the leftover rows off the input",
                           rule: "that input fits too, but it is smaller; the question asks for the smallest one from "
                            + "\(site.layer.inSpatial.first ?? 0) up")
        },
    ]
}
