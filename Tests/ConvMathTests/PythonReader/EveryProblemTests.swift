import Testing
import ConvMath

/// A file with several mistakes gets them all at once, in source order, as a compiler reports them;
/// code that depends on a mistake is not checked, and the mistake says so.
@Suite("every problem in a file is reported at once")
struct EveryProblemTests {
    static let threeMistakes = """
        import torch.nn as nn

        class Net(nn.Module):
            def __init__(self):
                super().__init__()
                self.conv1 = nn.Conv2d(3, 6, 5, strid=1)
                self.pool = nn.MaxPool2d(2, 2)
                self.fc = nn.Linear(6 * 14 * 14, 10, bais=True)

            def forward(self, x):
                x = self.pool(self.conv1(x))
                x = x.flatten(1)
                return self.fc(x)

        head = nn.Sequential(nn.Linear(10, 10), nn.Dropuot(0.5))
        net = Net()
        """

    @Test("independent mistakes in __init__ and at top level are all reported, in source order")
    func allMistakes() throws {
        let error = try #require(readError(Self.threeMistakes, input: "3x32x32"))
        let all = [error] + error.more
        #expect(all.map { $0.span?.line } == [6, 8, 15])
        #expect(all[0].message.contains("strid"))
        #expect(all[1].message.contains("bais"))
        #expect(all[2].message.contains("Dropuot"))
        // forward reads conv1 and fc, which failed: what follows from them is not checked, and they say so.
        #expect(all[0].note != nil)
        #expect(all[2].note == nil)
        let rendered = error.rendered()
        #expect(rendered.ranges(of: "error:").count == 3)
        #expect(rendered.contains("not checked"))
    }

    @Test("a forward that goes wrong reports that and nothing that follows from it")
    func noCascade() throws {
        let text = """
            import torch.nn as nn
            class Net(nn.Module):
                def __init__(self):
                    super().__init__()
                    self.conv1 = nn.Conv2d(3, 6, 5)
                    self.conv2 = nn.Conv2d(7, 16, 5)
                    self.fc = nn.Linear(999, 10)
                def forward(self, x):
                    x = self.conv2(self.conv1(x))
                    x = x.view(x.size(0), -1)
                    n = x.size(1)
                    return self.fc(x)
            net = Net()
            """
        let error = try #require(readError(text, input: "3x32x32"))
        #expect(error.more.isEmpty)
        #expect(error.message.contains("in_channels is 7"))
        #expect(error.note != nil)
    }

    @Test("a list a failed append would have changed is unknown, never counted without the layer")
    func failedAppend() throws {
        let text = """
            import torch.nn as nn
            layers = []
            layers.append(nn.Conv2d(3, 8, 3, paddin=1))
            layers.append(nn.Conv2d(8, 8, 3))
            model = nn.Sequential(*layers)
            """
        let error = try #require(readError(text, input: "3x16x16"))
        #expect(error.more.isEmpty)
        #expect(error.span?.line == 3)
        #expect(error.note != nil)
    }

    @Test("a mistake repeated by a loop is reported once")
    func loopOnce() throws {
        let text = """
            import torch.nn as nn
            layers = []
            for i in range(4):
                layers.append(nn.Linear(8, 8, bais=False))
            model = nn.Sequential(*layers)
            """
        let error = try #require(readError(text, input: "8"))
        #expect(error.more.isEmpty)
        #expect(error.span?.line == 4)
    }

    @Test("the layer-by-layer reader reports each wrong line")
    func everyLine() throws {
        let text = "Conv2D(10, 3, foo=1)\nConv2D(10, 3)\nDense(10, bar=2)\nFlatten()\nDnse(3)\n"
        do {
            _ = try ModelReader.read([SourceText(name: "layers.txt", text: text)], inputShape: ShapeParser.parse("8x8x3"))
            Issue.record("a wrong file was read")
        } catch {
            #expect(([error] + error.more).map { $0.span?.line } == [1, 3, 5])
        }
    }

    @Test("a file without mistakes is read as before")
    func cleanFile() throws {
        let fixed = Self.threeMistakes.replacing( "strid=1", with: "stride=1")
            .replacing( "bais=True", with: "bias=True").replacing( "Dropuot", with: "Dropout")
        // conv1 3·6·25 + 6 = 456; fc 1176·10 + 10 = 11,770.
        #expect(try readSource(fixed, input: "3x32x32").parameters.total == 456 + 11_770)
    }
}
