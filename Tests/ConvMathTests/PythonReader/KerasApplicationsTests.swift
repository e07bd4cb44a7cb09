import Testing
import ConvMath
import Tutor

/// Model files in the keras-applications style are read as written: the package's helpers give
/// Keras' modules and its input-shape rule, and the totals are those Keras reports.
@Suite("keras-applications model files are read unedited")
struct KerasApplicationsTests {
    /// The row a Keras layer's `name=` names.
    private func row(_ name: String, in analysis: ModelAnalysis) -> AnalyzedLayer? {
        analysis.layers.first { layer in
            guard let argument = layer.spec.call?.arguments.first(where: { $0.label == "name" }),
                  case .string(let given) = argument.value.kind else { return false }
            return given == name
        }
    }

    @Test("ResNet-50 with its defaults gives Keras' 25,636,712, BatchNormalization's moving statistics not trainable")
    func resNet50() throws {
        let analysis = try readSource(KerasApplicationFixtures.resNet50)
        #expect(analysis.parameters.total == 25_636_712)
        #expect(analysis.parameters.nonTrainable == 53_120)
        #expect(analysis.modelName == "ResNet50()")
        #expect(analysis.inputShape == TensorShape([224, 224, 3]))
        #expect(analysis.outputShape == TensorShape([1000]))
        let conv1 = try #require(row("conv1", in: analysis))
        #expect(conv1.result.parameters.total == 9_472)
        #expect(conv1.inputShape == TensorShape([230, 230, 3]))
        let norm = try #require(row("bn_conv1", in: analysis))
        #expect(norm.result.parameters == ParameterCount(trainable: 128, nonTrainable: 128), "4·C with C = 64, the moving mean and variance frozen")
        let shortcut = try #require(row("res3a_branch1", in: analysis))
        #expect(shortcut.result.parameters.total == 256 * 512 + 512)
        #expect(shortcut.result.outputShape == TensorShape([28, 28, 512]))
        #expect(row("res4f_branch2c", in: analysis) != nil && row("res4g_branch2a", in: analysis) == nil)
    }

    @Test("MobileNet v1 (alpha 1, 224) gives Keras' 4,253,864; its first depthwise layer holds 3·3·32 = 288")
    func mobileNet() throws {
        let analysis = try readSource(KerasApplicationFixtures.mobileNet)
        #expect(analysis.parameters.total == 4_253_864)
        #expect(analysis.parameters.nonTrainable == 21_888)
        let depthwise = try #require(row("conv_dw_1", in: analysis))
        #expect(depthwise.result.parameters.total == 288)
        #expect(depthwise.spec.type.name == "DepthwiseConv2D")
        let padded = try #require(row("conv_pad_2", in: analysis))
        #expect(padded.result.outputShape == TensorShape([113, 113, 64]), "ZeroPadding2D's ((0, 1), (0, 1)) pads one side")
        #expect(row("conv_preds", in: analysis)?.result.parameters.total == 1024 * 1000 + 1000)
        #expect(analysis.outputShape == TensorShape([1000]))
        let half = try readSource(KerasApplicationFixtures.mobileNet, model: "MobileNet(alpha=0.5, weights=None)")
        #expect(row("conv_dw_1", in: half)?.result.parameters.total == 9 * 16)
        let doubled = try readSource(KerasApplicationFixtures.mobileNet, model: "MobileNet(depth_multiplier=2, weights=None)")
        #expect(row("conv_dw_1", in: doubled)?.result.parameters.total == 2 * 288)
    }

    @Test("include_top=False gives the published no-top totals, with the sizes left open taken from --input or written")
    func withoutTop() throws {
        let resNet = try readSource(KerasApplicationFixtures.resNet50, input: "224x224x3", model: "ResNet50(include_top=False)")
        #expect(resNet.parameters.total == 23_587_712)
        #expect(resNet.inputShape == TensorShape([224, 224, 3]))
        let mobileNet = try readSource(KerasApplicationFixtures.mobileNet, input: "224x224x3", model: "MobileNet(include_top=False)")
        #expect(mobileNet.parameters.total == 3_228_864)
        let written = try readSource(KerasApplicationFixtures.mobileNet,
                                     model: "MobileNet(include_top=False, input_shape=(160, 160, 3), pooling='avg')")
        #expect(written.parameters.total == 3_228_864)
        #expect(written.outputShape == TensorShape([1024]))
    }

    @Test("an Input that leaves sizes open is refused without --input, and --input must agree with what is written")
    func openSizes() throws {
        let open = try #require(readError(KerasApplicationFixtures.resNet50, model: "ResNet50(include_top=False)"))
        #expect(open.message.contains("(None, None, 3)"), "\(open.message)")
        #expect(open.hint?.contains("--input") == true)
        let wrongDepth = try #require(readError(KerasApplicationFixtures.resNet50, input: "224x224x1", model: "ResNet50(include_top=False)"))
        #expect(wrongDepth.message.contains("does not fit (None, None, 3)"), "\(wrongDepth.message)")
        let twoInputs = """
            import keras
            from keras import layers
            a = keras.Input(shape=(None, None, 3))
            b = keras.Input(shape=(None, None, 3))
            model = keras.Model([a, b], layers.Concatenate()([layers.Conv2D(4, 3)(a), layers.Conv2D(4, 3)(b)]))
            """
        #expect(readError(twoInputs, input: "32x32x3")?.message.contains("several inputs") == true)
    }

    @Test("an unknown input shape, or an input tensor from outside the file, is an error naming it, never a count")
    func unknownInput() throws {
        let named = try #require(readError(KerasApplicationFixtures.resNet50, model: "ResNet50(input_shape=SHAPE)"))
        #expect(named.message.contains("'SHAPE'"), "\(named.message)")
        #expect(named.message.contains("input shape"))
        let fromFile = KerasApplicationFixtures.resNet50 + "\nmodel = ResNet50(include_top=False, input_shape=config.image_shape)\n"
        let unknown = try #require(readError(fromFile))
        #expect(unknown.message.contains("config.image_shape"), "\(unknown.message)")
        let tensor = try #require(readError(KerasApplicationFixtures.resNet50, model: "ResNet50(input_tensor=features)"))
        #expect(tensor.message.contains("is_keras_tensor"), "\(tensor.message)")
    }

    @Test("the package's input-shape rule: the classifier's size is checked, a small or one-channel input refused for imagenet")
    func inputShapeRule() throws {
        let other = try #require(readError(KerasApplicationFixtures.resNet50, model: "ResNet50(input_shape=(200, 200, 3))"))
        #expect(other.message.contains("should be (224, 224, 3)"), "\(other.message)")
        let small = try #require(readError(KerasApplicationFixtures.resNet50, model: "ResNet50(include_top=False, input_shape=(16, 200, 3))"))
        #expect(small.message.contains("at least 32x32"), "\(small.message)")
        let gray = try #require(readError(KerasApplicationFixtures.resNet50, model: "ResNet50(include_top=False, input_shape=(64, 64, 1))"))
        #expect(gray.message.contains("3 channels"), "\(gray.message)")
        let own = try readSource(KerasApplicationFixtures.resNet50, model: "ResNet50(weights=None, input_shape=(64, 64, 1), classes=10)")
        #expect(own.parameters.total == 25_636_712 - 64 * 7 * 7 * 2 - 2048 * 990 - 990)
        #expect(own.inputShape == TensorShape([64, 64, 1]))
    }

    @Test("unknown weights decide the input shape only where the rule gives different answers")
    func unknownWeights() throws {
        func file(_ shape: String) -> String {
            """
            import keras
            from keras_applications.imagenet_utils import _obtain_input_shape
            shape = _obtain_input_shape(\(shape), default_size=224, min_size=32, data_format='channels_last',
                                        require_flatten=True, weights=settings.weights)
            inputs = keras.Input(shape=shape)
            model = keras.Model(inputs, keras.layers.Conv2D(8, 3)(inputs))
            """
        }
        let either = try readSource(file("None"))
        #expect(either.inputShape == TensorShape([224, 224, 3]), "the default both ways")
        let deciding = try #require(readError(file("(200, 200, 3)")))
        #expect(deciding.message.contains("settings.weights"), "\(deciding.message)")
    }

    @Test("correct_pad pads as the package does, by the input's parity; int_shape gives the sizes with the batch as None")
    func paddingAndShapes() throws {
        let even = try readSource(KerasApplicationFixtures.paddedStem)
        #expect(row("stem_pad", in: even)?.result.outputShape == TensorShape([225, 225, 3]))
        #expect(row("stem", in: even)?.result.outputShape == TensorShape([112, 112, 32]))
        #expect(row("transition", in: even)?.result.parameters.total == 32 * 16)
        let odd = try readSource(KerasApplicationFixtures.paddedStem, model: "Stem(input_shape=(225, 225, 3))")
        #expect(row("stem_pad", in: odd)?.result.outputShape == TensorShape([227, 227, 3]))
        let batch = """
            import keras
            from keras import backend as K
            inputs = keras.Input(shape=(8, 8, 3))
            assert K.int_shape(inputs)[0] is None
            model = keras.Model(inputs, keras.layers.Conv2D(K.int_shape(inputs)[1:3][0], 1)(inputs))
            """
        #expect(try readSource(batch).parameters.total == 8 * 3 + 8)
    }

    @Test("the modules come from the builder's keyword arguments when given, and an unknown keyword is refused as the package refuses it")
    func submodules() throws {
        let given = try readSource(KerasApplicationFixtures.mobileNet, model: "MobileNet(layers=keras.layers, weights=None)")
        #expect(given.parameters.total == 4_253_864)
        let wrong = try #require(readError(KerasApplicationFixtures.mobileNet, model: "MobileNet(optimizer='sgd')"))
        #expect(wrong.message.contains("Invalid keyword argument"), "\(wrong.message)")
    }

    @Test("an unknown value in place of any number of the package-style files gives an error or the same total",
          arguments: [KerasApplicationFixtures.mobileNet, KerasApplicationFixtures.resNet50])
    func unknownNeverCounted(fixture: String) throws {
        let prelude = "import settings\nargs = settings.load()\n"
        let original = try readSource(prelude + fixture).parameters.total
        var refused = 0
        for range in PythonReaderPropertyTests.integerLiterals(in: fixture) {
            let unknown = PythonReaderPropertyTests.replacing(fixture, range, with: "args.value")
            guard let total = try? readSource(prelude + unknown).parameters.total else {
                refused += 1
                continue
            }
            #expect(total == original, "an unknown value at \(range) gave \(total), not \(original) or an error")
        }
        #expect(refused >= 20, "numbers that decide counts should have been replaced")
    }

    /// The squeeze-excite fixture's count worked out by hand, for the given repeats of its two stages.
    private func tinyEfficientNetCount(repeats: [Int]) -> Int {
        var total = 3 * 3 * 3 * 16 + 4 * 16
        for (stage, (filtersIn, filtersOut)) in [(16, 24), (24, 40)].enumerated() {
            for block in 0..<repeats[stage] {
                let input = block == 0 ? filtersIn : filtersOut
                let expanded = input * 6, reduced = max(1, input / 4)
                total += input * expanded + 9 * expanded + (expanded * reduced + reduced) + (reduced * expanded + expanded)
                    + expanded * filtersOut
            }
        }
        return total + 40 * 10 + 10
    }

    @Test("an EfficientNet-style file: deepcopy'd block arguments, math.ceil'd repeats, (1, 1, C) excitations broadcast by Multiply")
    func squeezeExcite() throws {
        let analysis = try readSource(KerasApplicationFixtures.squeezeExcite)
        #expect(analysis.parameters.total == tinyEfficientNetCount(repeats: [1, 2]))
        let excite = try #require(row("block1a_se_excite", in: analysis))
        #expect(excite.result.outputShape == TensorShape([16, 16, 96]))
        #expect(row("block2b_add", in: analysis) != nil && row("block2a_add", in: analysis) == nil)
        let derivation = Derivation(layer: excite.spec, inputShape: excite.inputShape, analysis: excite.result)
        let shapeStep = try #require(derivation.steps.first { $0.title == "Output shape" })
        #expect(shapeStep.explanation.contains("a size of 1 stretches"), "\(shapeStep.explanation)")
        let deeper = try readSource(KerasApplicationFixtures.squeezeExcite, model: "TinyEfficientNet(depth_coefficient=1.5)")
        #expect(deeper.parameters.total == tinyEfficientNetCount(repeats: [2, 3]), "the file's own call popped from a copy, not from BLOCKS")
    }

    @Test("Keras merges broadcast as Keras does: from the last axis, sizes of 1 stretch, other differences are errors")
    func mergeBroadcasting() throws {
        func file(_ second: String) -> String {
            """
            import keras
            from keras import layers
            inputs = keras.Input(shape=(8, 8, 4))
            other = keras.Input(shape=\(second))
            model = keras.Model([inputs, other], layers.Multiply()([inputs, other]))
            """
        }
        #expect(try readSource(file("(4,)")).outputShape == TensorShape([8, 8, 4]))
        #expect(try readSource(file("(1, 8, 1)")).outputShape == TensorShape([8, 8, 4]))
        let error = try #require(readError(file("(8, 2, 4)")))
        #expect(error.message.contains("(8, 8, 4)") && error.message.contains("(8, 2, 4)"), "\(error.message)")
    }

    @Test("a deep copy of layers is unknown rather than the same layers shared")
    func copiedLayers() throws {
        let text = """
            import copy
            import keras
            from keras import layers
            block = [layers.Conv2D(4, 3, padding='same')]
            model = keras.Sequential([keras.Input(shape=(8, 8, 4))] + block + copy.deepcopy(block))
            """
        let error = try #require(readError(text))
        #expect(error.message.contains("copy.deepcopy(block)"), "\(error.message)")
    }

    @Test("a branch on a value that failed earlier is not reported again: the first error alone says what to give")
    func branchOnFailure() throws {
        let text = """
            import keras
            from keras import layers
            inputs = keras.Input(shape=(None, None, 3))
            x = layers.Conv2D(8, 3)(inputs)
            if keras.backend.int_shape(x)[-1] == 8:
                x = layers.Conv2D(8, 1)(x)
            model = keras.Model(inputs, x)
            """
        let error = try #require(readError(text))
        #expect(error.span?.line == 3)
        #expect(error.more.isEmpty, "\(error.more.map(\.message))")
    }

    @Test("Keras 2's separable and depthwise convolutions take the kernel_initializer NASNet gives them, and count the same")
    func keras2Initializers() throws {
        let text = """
            import keras
            from keras import layers
            inputs = keras.Input(shape=(16, 16, 8))
            x = layers.SeparableConv2D(12, (3, 3), padding='same', use_bias=False, kernel_initializer='he_normal')(inputs)
            x = layers.DepthwiseConv2D(3, kernel_initializer='he_normal')(x)
            model = keras.Model(inputs, x)
            """
        #expect(try readSource(text).parameters.total == (3 * 3 * 8 + 8 * 12) + 3 * 3 * 12 + 12)
        let misspelt = try #require(readError(text.replacingOccurrences(of: "use_bias=False, kernel_initializer", with: "use_bias=False, kernel_initialiser")))
        #expect(misspelt.message.contains("no argument 'kernel_initialiser'"), "\(misspelt.message)")
    }

    @Test("a functional model is traced through tensor arithmetic, as MobileNetV3's hard sigmoid and a scaled residual write it")
    func arithmeticBetweenLayers() throws {
        let text = """
            import keras
            from keras import layers

            def hard_sigmoid(x):
                return layers.ReLU(6.0)(x + 3.0) * (1.0 / 6.0)

            inputs = keras.Input(shape=(8, 8, 3))
            x = layers.Conv2D(4, 3, padding='same')(inputs)
            gated = x * hard_sigmoid(x)
            y = layers.Conv2D(2, 1)(x + gated * 0.2)
            model = keras.Model(inputs, -y)
            """
        let analysis = try readSource(text)
        #expect(analysis.parameters.total == (3 * 3 * 3 * 4 + 4) + (4 * 2 + 2))
        #expect(analysis.layers.map(\.spec.type.name) == ["Conv2D", "ReLU", "Conv2D"])
        #expect(analysis.layers[1].inputSources == [.operation])
        let stray = """
            import keras
            from keras import layers
            a = keras.Input(shape=(8,))
            b = keras.Input(shape=(8,))
            model = keras.Model(a, layers.Dense(2)(a + b))
            """
        #expect(readError(stray)?.message.contains("does not come from its inputs") == true)
    }

    @Test("Lambda has no weights and makes what its function gives; where that cannot be seen, output_shape says, else it is refused")
    func lambdaLayers() throws {
        func file(_ third: String) -> String {
            """
            import keras
            from keras import layers
            from keras import backend as K

            def scaled_residual(inputs, scale):
                return inputs[0] + inputs[1] * scale

            inputs = keras.Input(shape=(8, 8, 3))
            x = layers.Lambda(lambda t: t / 255.0, name='rescale')(inputs)
            branch = layers.Conv2D(3, 1, name='branch')(x)
            x = layers.Lambda(scaled_residual, output_shape=(8, 8, 3), arguments={'scale': 0.17}, name='residual')([x, branch])
            x = \(third)
            model = keras.Model(inputs, layers.Flatten()(x))
            """
        }
        let seen = try readSource(file("layers.Lambda(lambda t: t * 2.0)(x)"))
        #expect(seen.parameters.total == 3 * 3 + 3)
        let residual = try #require(row("residual", in: seen))
        #expect(residual.result.outputShape == TensorShape([8, 8, 3]) && residual.inputSources.count == 2)
        #expect(seen.outputShape == TensorShape([192]))
        let declared = try readSource(file("layers.Lambda(lambda t: K.l2_normalize(t, axis=-1), output_shape=(8, 8, 3))(x)"))
        #expect(declared.outputShape == TensorShape([192]))
        let unseen = try #require(readError(file("layers.Lambda(lambda t: K.l2_normalize(t, axis=-1))(x)")))
        #expect(unseen.message.contains("shape this Lambda makes is unknown") && unseen.hint?.contains("output_shape") == true,
                "\(unseen.message)")
        let wrong = try #require(readError(file("layers.Lambda(lambda t: t, output_shape=(4, 4, 3))(x)")))
        #expect(wrong.message.contains("disagrees"), "\(wrong.message)")
        let sliced = try readSource(file("layers.Lambda(lambda t: K.mean(t, axis=1), output_shape=(8, 3))(x)"))
        let lambda = try #require(sliced.layers.last { $0.spec.type.name == "Lambda" })
        let derivation = Derivation(layer: lambda.spec, inputShape: lambda.inputShape, analysis: lambda.result)
        let said = derivation.steps.map(\.explanation).joined(separator: " ")
        #expect(said.contains("function") && !said.contains("does not change") && !said.contains("each value"), "\(said)")
        let weighted = try #require(readError(file("layers.Lambda(lambda t: layers.Conv2D(4, 1)(t))(x)")))
        #expect(weighted.message.contains("calls layers"), "\(weighted.message)")
    }

    @Test("the package-style files with lines dropped, repeated, indented or cut never crash the reader")
    func mutatedFiles() {
        var random = SeededGenerator(seed: 2_026_1204)
        let fixtures = [KerasApplicationFixtures.resNet50, KerasApplicationFixtures.mobileNet,
                        KerasApplicationFixtures.paddedStem, KerasApplicationFixtures.squeezeExcite]
        for _ in 0..<120 {
            let text = PythonReaderPropertyTests.mutated(fixtures.randomElement(using: &random)!, edits: 1...3, using: &random)
            PythonReaderPropertyTests.checkNeverCrashes(text, input: ["224x224x3", nil].randomElement(using: &random)!)
        }
    }
}

