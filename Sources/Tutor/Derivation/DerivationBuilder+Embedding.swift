import ConvMath

extension DerivationBuilder {
    // MARK: - Embedding

    /// "1 index", "10 indices".
    static func indices(_ count: Int) -> String {
        "\(NumberFormat.grouped(count)) \(count == 1 ? "index" : "indices")"
    }

    /// A table of `count` vectors of `dimension`: N·d, however many indices the input holds.
    mutating func embedding(_ f: LayerFacts, count: Int, dimension: Int) throws(Overflow) -> LayerCount {
        let tableExpression = StepExpression.product([.named("N", count), .named("d", dimension)])
        let table = rule(.allWeights, try value(tableExpression), f)
        let total = rule(.layerTotal, table, f, earlier: [.allWeights: table])
        let indices = f.inputShape.elementCount ?? 0
        let steps = [
            DerivationStep(kind: .weightsPerKernel, layer: f.index, title: "One vector per index",
                           explanation: "Each of the \(NumberFormat.grouped(count)) indices it can be given (num_embeddings) has "
                            + "its own vector of \(plural(dimension, "learned value")) (embedding_dim).",
                           expression: .named("d", dimension)),
            DerivationStep(kind: .allWeights, layer: f.index, title: "The table of all \(NumberFormat.grouped(count)) vectors",
                           explanation: "The vectors form a table of \(NumberFormat.grouped(count))×\(dimension); there is no bias.",
                           expression: tableExpression.shown(as: table)),
            DerivationStep(kind: .total, layer: f.index, title: "Total",
                           explanation: storedAs(f) + "How many indices the input holds (\(NumberFormat.grouped(indices))) never enters the "
                            + "count: it only decides how many rows are read.",
                           expression: total == table ? .named("table", table) : .number(total), unit: "parameters"),
        ]
        return LayerCount(headline: "A table of \(NumberFormat.grouped(count)) vectors of \(dimension), looked up by "
                            + Self.indices(indices), steps: steps,
                          expression: tableExpression.shown(as: total), total: total)
    }
}
