/// How much of a model's input one value of a layer's output depends on, along each spatial axis,
/// and how far apart, in input positions, neighbouring output values are.
///
/// It grows layer by layer: RF_l = RF_{l−1} + d_l·(k_l − 1)·J_{l−1}, where the jump J_{l−1} is the
/// product of the strides of the layers before l. Three 3×3 convolutions see 1 + 2 + 2 + 2 = 7
/// positions. Padding moves the field but does not change its size.
public struct ReceptiveField: Sendable, Equatable {
    /// Input positions that one value sees, per spatial axis.
    public var size: [Int]
    /// Input positions between neighbouring values, per spatial axis: the product of the strides so far.
    public var jump: [Int]

    public init(size: [Int], jump: [Int]) {
        self.size = size
        self.jump = jump
    }

    /// The model's input itself: each value sees one position.
    public static func input(rank: Int) -> ReceptiveField {
        ReceptiveField(size: Array(repeating: 1, count: rank), jump: Array(repeating: 1, count: rank))
    }

    /// The field after a layer that slides `window` over the values of this field.
    public func after(_ window: SlidingWindow) throws(ArithmeticOverflow) -> ReceptiveField {
        var next = self
        for axis in size.indices where window.kernel.indices.contains(axis) {
            let growth = try Exact.multiply(try Exact.subtract(try window.effectiveKernel(axis: axis), 1), jump[axis])
            next.size[axis] = try Exact.add(size[axis], growth)
            next.jump[axis] = try Exact.multiply(jump[axis], window.strides[axis])
        }
        return next
    }

    /// The field of the output of `layers[index]` of an analysed model.
    public static func of(_ model: ModelAnalysis, throughLayer index: Int) throws(ReceptiveFieldProblem) -> ReceptiveField {
        guard model.layers.indices.contains(index) else { throw ReceptiveFieldProblem("there is no layer \(index + 1)") }
        let rank = model.inputShape.spatial(model.framework.channelLayout).count
        var field = ReceptiveField.input(rank: rank)
        for layer in model.layers[...index] {
            switch layer.spec.operation {
            case .elementwise, .batchNormalization, .input:
                continue
            default:
                guard let window = layer.spec.operation.slidingWindow, window.kernel.count == rank else {
                    throw ReceptiveFieldProblem("\(layer.spec.type.name) does not slide a window over its input, so the "
                        + "receptive field through it is not a window of the input")
                }
                do {
                    field = try field.after(window)
                } catch {
                    throw ReceptiveFieldProblem("the receptive field does not fit in 64 bits")
                }
            }
        }
        return field
    }
}

/// Why a receptive field cannot be given: a layer that is not a sliding window, or a size past 64 bits.
public struct ReceptiveFieldProblem: Error, Sendable, Equatable {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }
}
