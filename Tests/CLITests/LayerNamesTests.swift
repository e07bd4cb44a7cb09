@testable import convtutor
import ConvMath
import Testing

@Suite("the layer names in summary's help")
struct LayerNamesTests {
    @Test("summary --help lists exactly the layers the catalog knows, per framework")
    func layerNamesInHelp() {
        for (framework, written) in [(Framework.keras, LayerNames.keras), (.pytorch, LayerNames.pytorch)] {
            let catalog = LayerCatalog.all.filter { $0.framework == framework }.map(\.name)
            #expect(written.split(separator: ", ").map(String.init) == catalog, "LayerNames for \(framework)")
        }
    }
}
