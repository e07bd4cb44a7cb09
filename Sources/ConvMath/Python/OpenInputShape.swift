/// A Keras `Input` whose shape leaves sizes open (`None`: any size), as a network without its
/// classifier is built. The reader follows every layer's shape, so the sizes come from `--input`,
/// which must agree with each size written; without it, the error says to give it.
enum OpenInputShape {
    /// The call's arguments with the open sizes of `shape` filled from `--input`, and whether any were.
    static func filled(_ a: PyCallArguments, in p: PythonInterpreter) throws(ModelError) -> (PyCallArguments, Bool) {
        let keyword = a.keywords.firstIndex { $0.name == "shape" }
        guard let shape = keyword.map({ a.keywords[$0].value }) ?? a.positional.first?.value else { return (a, false) }
        let sizes: [PyValue]
        switch shape {
        case .tuple(let items): sizes = items
        case .list(let list) where list.unknown == nil: sizes = list.items
        default: return (a, false)
        }
        guard sizes.contains(where: \.isNone) else { return (a, false) }
        let span = a.span(0, "shape")
        let written = p.show(shape)
        guard let given = p.openInputShape else {
            let example = sizes.map { size -> String in
                if case .integer(let n) = size { return String(n) }
                return sizes.count == 3 ? "224" : "32"
            }.joined(separator: "x")
            throw p.error("Input: the shape \(written) leaves sizes open (None), and the shapes after it depend on them",
                          at: span, hint: "give the input's sizes with --input, such as --input \(example)")
        }
        let agrees = given.rank == sizes.count && zip(sizes, given.dimensions).allSatisfy { size, number in
            if case .integer(let written) = size { return written == number }
            return size.isNone
        }
        guard agrees else {
            throw p.error("the input shape \(given) given with --input does not fit \(written) written here", at: span,
                          hint: "give \(sizes.count) sizes with --input, the same as those written where they are not None")
        }
        let filled = PyValue.tuple(given.dimensions.map(PyValue.integer))
        var result = a
        if let keyword { result.keywords[keyword].value = filled } else { result.positional[0].value = filled }
        return (result, true)
    }
}
