import Testing
import ConvMath

/// The text of `print(model)`, pasted from a notebook, is read as the module tree: counts exact from
/// the printed arguments, shapes in print order only as far as they follow.
@Suite("print(model) output is read as the module tree")
struct PrintedModelTests {
    /// LeNet-like, as PyTorch prints it, with a nested Sequential and a run PyTorch 2 collapses.
    /// By hand: conv1 6·75 + 6 = 456; conv2 16·150 + 16 = 2,416; features.0 16·144 = 2,304;
    /// features.1 2·16 = 32; fc1 120·400 + 120 = 48,120; fc2 84·120 + 84 = 10,164; head, two of
    /// 84·84 + 84 = 7,140; fc3 10·84 + 10 = 850; 78,622 in all.
    static let printed = """
        Net(
          (conv1): Conv2d(3, 6, kernel_size=(5, 5), stride=(1, 1))
          (pool): MaxPool2d(kernel_size=2, stride=2, padding=0, dilation=1, ceil_mode=False)
          (conv2): Conv2d(6, 16, kernel_size=(5, 5), stride=(1, 1))
          (features): Sequential(
            (0): Conv2d(16, 16, kernel_size=(3, 3), stride=(1, 1), padding=(1, 1), bias=False)
            (1): BatchNorm2d(16, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True)
            (2): ReLU(inplace=True)
          )
          (fc1): Linear(in_features=400, out_features=120, bias=True)
          (fc2): Linear(in_features=120, out_features=84, bias=True)
          (drop): Dropout(p=0.5, inplace=False)
          (head): Sequential(
            (0-1): 2 x Linear(in_features=84, out_features=84, bias=True)
          )
          (fc3): Linear(in_features=84, out_features=10, bias=True)
        )
        """

    func read(_ text: String, input: String? = nil) throws -> ModelAnalysis {
        try PrintedModelReader.read(SourceText(name: "printed.txt", text: text), inputShape: input.map(ShapeParser.parse))
    }

    @Test("the text is recognised, and source is not")
    func recognised() {
        #expect(PrintedModelReader.looksPrinted(SourceText(name: "a", text: Self.printed)))
        #expect(!PrintedModelReader.looksPrinted(SourceText(name: "a", text: "import torch.nn as nn\nmodel = nn.Sequential(\n  nn.Linear(2, 2))\n")))
    }

    @Test("counts are exact without an input shape, and every shape is then unknown")
    func countsWithoutShapes() throws {
        let analysis = try read(Self.printed)
        #expect(analysis.parameters.total == 78_622)
        #expect(analysis.modelName == "Net")
        #expect(analysis.layers.map { $0.path ?? "" } == ["conv1", "pool", "conv2", "features.0", "features.1", "features.2",
                                                          "fc1", "fc2", "drop", "head.0", "head.1", "fc3"])
        #expect(analysis.layers.allSatisfy { !$0.shapeKnown })
        #expect(!analysis.shapesKnown)
        #expect(analysis.moduleTypes["features"] == "Sequential")
        #expect(analysis.notes.contains { $0.contains("order they are printed") })
    }

    @Test("with --input, shapes follow the print order until a layer does not take them")
    func shapesInPrintOrder() throws {
        let analysis = try read(Self.printed, input: "3x32x32")
        #expect(analysis.parameters.total == 78_622)
        let known = analysis.layers.prefix { $0.shapeKnown }
        #expect(known.map { $0.result.outputShape.description } == ["(6, 28, 28)", "(6, 14, 14)", "(16, 10, 10)",
                                                                     "(16, 10, 10)", "(16, 10, 10)", "(16, 10, 10)"])
        #expect(analysis.layers[6].path == "fc1" && !analysis.layers[6].shapeKnown)
        #expect(analysis.notes.contains { $0.contains("'fc1' (line 10)") })
    }

    @Test("a Sequential that chains is read whole, with its multiply-accumulates")
    func chain() throws {
        let text = """
            Sequential(
              (0): Conv2d(1, 4, kernel_size=(3, 3), stride=(1, 1))
              (1): ReLU()
              (2): Flatten(start_dim=1, end_dim=-1)
              (3): Linear(in_features=64, out_features=2, bias=True)
            )
            """
        let analysis = try read(text, input: "1x6x6")
        // 4·9 + 4 = 40 and 2·64 + 2 = 130; MACs 4·4·4·9 = 576 and 64·2 = 128.
        #expect(analysis.parameters.total == 170)
        #expect(analysis.shapesKnown)
        #expect(analysis.multiplyAccumulates == 704)
    }

    @Test("a line print(model) never writes, a module it cannot see into, a wrong argument: each refused at its line")
    func refusals() throws {
        func error(_ text: String) -> ModelError? {
            do { _ = try read(text); return nil } catch { return error as? ModelError }
        }
        let stray = try #require(error("Net(\n  (fc): Linear(in_features=4, out_features=2, bias=True)\n  hello\n)\n"))
        #expect(stray.span?.line == 3)
        let custom = try #require(error("Net(\n  (fc): Linear(in_features=4, out_features=2, bias=True)\n  (se): SqueezeExcite()\n)\n"))
        #expect(custom.span?.line == 3)
        #expect(custom.sourceLine == "  (se): SqueezeExcite()")
        let wrong = try #require(error("Net(\n  (fc): Linear(in_features=4, out_feature=2, bias=True)\n)\n"))
        #expect(wrong.span?.line == 2)
        // The caret sits under the argument in the pasted line, not in the program it was read as.
        #expect(wrong.span?.column == 31)
        let open = try #require(error("Net(\n  (fc): Linear(in_features=4, out_features=2, bias=True)\n"))
        #expect(open.message.contains("missing"))
    }
}
