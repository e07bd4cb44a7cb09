import ConvMath
import Diagrams
import StyledText
import Tutor

/// Draws the diagram a derivation describes with the shared `Diagrams` functions, fitted to a width:
/// the same picture in `explain`, the walkthrough, the lessons and the classroom mode.
public enum DiagramDrawing {
    /// The picture at `width` columns, its labels in the order of `layout` (PyTorch's `3 × 64 × 64`,
    /// Keras' `64 × 64 × 3`); `compact` takes as few rows as the picture can.
    public static func diagram(_ diagram: DerivationDiagram, width: Int, ascii: Bool,
                               layout: ChannelLayout = .channelsLast, compact: Bool = false) -> Diagram {
        let options = DiagramOptions(charset: ascii ? .ascii : .unicode, maxWidth: width,
                                     channelsFirst: layout == .channelsFirst, compact: compact)
        switch diagram {
        case let .kernelMatchesInput(inputHeight, inputWidth, depth, kernelHeight, kernelWidth):
            return Diagrams.kernelMatchesInput(inputHeight: inputHeight, inputWidth: inputWidth, depth: depth,
                                               kernelHeight: kernelHeight, kernelWidth: kernelWidth, options: options)
        case let .kernelStack(kernelHeight, kernelWidth, depth, count, biases):
            return Diagrams.kernelStack(kernelHeight: kernelHeight, kernelWidth: kernelWidth, depth: depth, count: count,
                                        biases: biases, options: options)
        case let .outputVolume(inputHeight, inputWidth, inputDepth, outputHeight, outputWidth, outputDepth, caption):
            return Diagrams.outputVolume(inputHeight: inputHeight, inputWidth: inputWidth, inputDepth: inputDepth,
                                         outputHeight: outputHeight, outputWidth: outputWidth, outputDepth: outputDepth,
                                         caption: caption, options: options)
        case let .conv1D(length, channels, kernelSize, filters):
            return Diagrams.conv1D(length: length, channels: channels, kernelSize: kernelSize, filters: filters, options: options)
        case let .conv3D(inputDepth, inputHeight, inputWidth, channels, kernelDepth, kernelHeight, kernelWidth):
            return Diagrams.conv3D(inputDepth: inputDepth, inputHeight: inputHeight, inputWidth: inputWidth, channels: channels,
                                   kernelDepth: kernelDepth, kernelHeight: kernelHeight, kernelWidth: kernelWidth, options: options)
        case let .depthwise(inputHeight, inputWidth, channels, kernelHeight, kernelWidth, depthMultiplier):
            return Diagrams.depthwise(inputHeight: inputHeight, inputWidth: inputWidth, channels: channels,
                                      kernelHeight: kernelHeight, kernelWidth: kernelWidth, depthMultiplier: depthMultiplier,
                                      options: options)
        case let .separable(inputHeight, inputWidth, channels, kernelHeight, kernelWidth, depthMultiplier, filters):
            return Diagrams.separable(inputHeight: inputHeight, inputWidth: inputWidth, channels: channels,
                                      kernelHeight: kernelHeight, kernelWidth: kernelWidth, depthMultiplier: depthMultiplier,
                                      filters: filters, options: options)
        case let .grouped(inputHeight, inputWidth, channels, groups, kernelHeight, kernelWidth, filters):
            return Diagrams.grouped(inputHeight: inputHeight, inputWidth: inputWidth, channels: channels, groups: groups,
                                    kernelHeight: kernelHeight, kernelWidth: kernelWidth, filters: filters, options: options)
        case let .transposed(inputHeight, inputWidth, inputChannels, outputHeight, outputWidth, outputChannels, kernelHeight, kernelWidth,
                             outputSizeShown):
            return Diagrams.transposed(inputHeight: inputHeight, inputWidth: inputWidth, inputChannels: inputChannels,
                                       outputHeight: outputHeight, outputWidth: outputWidth, outputChannels: outputChannels,
                                       kernelHeight: kernelHeight, kernelWidth: kernelWidth, outputSizeShown: outputSizeShown,
                                       options: options)
        }
    }

    /// The diagram's lines, each run in its role; kernels are drawn strong, so that they stand out
    /// without colour too.
    public static func lines(_ diagram: DerivationDiagram, width: Int, ascii: Bool,
                             layout: ChannelLayout = .channelsLast, compact: Bool = false) -> [StyledLine] {
        self.diagram(diagram, width: width, ascii: ascii, layout: layout, compact: compact).lines.map { line in
            StyledLine(line.runs.map { StyledRun($0.text, role: $0.role, strong: $0.strong || $0.role == .kernel) })
        }
    }
}
