import ConvMath

extension QuizDrafts {
    // MARK: - Receptive field

    static func receptiveField(_ difficulty: Difficulty, random: inout SeededGenerator) -> QuizDraft {
        let shape: [Int]
        var layers: [StackLayerCode] = []
        switch difficulty {
        case .mental:
            shape = input(random.int(in: 20...32), random.int(in: 1...3))
            for index in 0..<random.int(in: 2...3) {
                if index > 0 && random.chance(1, in: 4) {
                    layers.append(.pooling(size: 2, stride: 2))
                } else {
                    let kernel = random.pick([2, 3, 3, 5])
                    layers.append(.convolution(ConvolutionCode(filters: random.int(in: 2...8), kernel: [kernel, kernel],
                                                               strides: random.pick([1, 1, 2]))))
                }
            }
        case .typical:
            let (side, channels) = random.pick([(224, 3), (32, 3), (64, 3), (112, 64), (56, 64)])
            shape = input(side, channels)
            var filters = random.pick([16, 32, 64])
            for index in 0..<random.int(in: 3...5) {
                if index > 0 && index % 2 == 0 && random.chance(2, in: 3) {
                    layers.append(.pooling(size: 2, stride: 2))
                    filters *= 2
                } else {
                    let kernel = random.pick([3, 3, 3, 5])
                    layers.append(.convolution(ConvolutionCode(filters: filters, kernel: [kernel, kernel], same: true)))
                }
            }
        case .interview:
            let conv = { (filters: Int, kernel: Int, stride: Int, dilation: Int) in
                StackLayerCode.convolution(ConvolutionCode(filters: filters, kernel: [kernel, kernel], strides: stride, same: true,
                                                           dilation: dilation))
            }
            (shape, layers) = random.pick([
                (input(32, 3), [conv(64, 3, 1, 1), conv(64, 3, 1, 1), conv(64, 3, 1, 1)]),
                (input(224, 3), [conv(64, 3, 1, 1), conv(64, 3, 1, 1), .pooling(size: 2, stride: 2), conv(128, 3, 1, 1),
                                 conv(128, 3, 1, 1)]),
                (input(227, 3), [.convolution(ConvolutionCode(filters: 96, kernel: [11, 11], strides: 4)), .pooling(size: 3, stride: 2),
                                 conv(256, 5, 1, 1)]),
                (input(224, 3), [conv(64, 7, 2, 1), .pooling(size: 3, stride: 2), conv(64, 3, 1, 1), conv(64, 3, 1, 1)]),
                (input(64, 3), [conv(32, 3, 1, 1), conv(32, 3, 1, 2), conv(32, 3, 1, 4)]),
                (input(32, 3), [conv(32, 3, 1, 1), conv(32, 3, 1, 1), conv(32, 3, 1, 1), conv(32, 3, 1, 1), conv(32, 3, 1, 1)]),
                (input(96, 3), [conv(32, 3, 2, 1), conv(64, 3, 2, 1), conv(128, 3, 2, 1)]),
            ])
        }
        let stack = StackLayerCode.stack(layers, input: shape)
        return QuizDraft(
            sentence: "\(article(shape.first ?? 0).capitalizedFirst) \(timesText(shape)) input goes through \(stack.words).",
            ask: "How many rows of the input does one value of the last layer's output see (its receptive field along the height)?",
            target: .spatial(.receptiveField), keras: stack.keras, pytorch: stack.pytorch, pytorchInput: channelsFirst(shape),
            focusLayer: layers.count - 1)
    }

    // MARK: - Three 3×3 against one 7×7

    static func stackedThree(_ difficulty: Difficulty, random: inout SeededGenerator) -> QuizDraft {
        let channels: Int, count: Int, side: Int
        switch difficulty {
        case .mental:
            (channels, count, side) = (random.int(in: 2...5), random.pick([2, 3, 3]), random.int(in: 8...12))
        case .typical:
            (channels, count, side) = (random.pick([32, 64, 128, 256]), random.pick([2, 3, 3]), random.pick([112, 56, 28, 14]))
        case .interview:
            (channels, count, side) = random.pick([(512, 3, 14), (256, 3, 56), (64, 2, 35), (128, 3, 28), (192, 2, 35), (512, 3, 28)])
        }
        let shape = input(side, channels)
        let code = ConvolutionCode(filters: channels, kernel: [3, 3], same: true, useBias: false)
        let stack = StackLayerCode.stack(Array(repeating: .convolution(code), count: count), input: shape)
        let span = 2 * count + 1
        let number = ["no", "one", "two", "three", "four", "five"][count]
        let (target, ask): (QuestionTarget, String) = random.pick([
            (.modelParameters, "How many weights do the \(number) 3×3 layers hold together?"),
            (.spatial(.singleLayerWeights), "A single convolution with \(channels) filters sees as much of the input as the "
                + "stack, with no biases. How many weights does it hold?"),
            (.spatial(.stackSaving), "How many fewer weights does the stack hold than a single convolution with \(channels) "
                + "filters, without biases, that sees as much of the input (\(span)×\(span))?"),
        ])
        return QuizDraft(
            sentence: "\(article(side).capitalizedFirst) \(timesText(shape)) input goes through \(number) convolutions of "
                + "\(channels) filters of 3×3 each, with 'same' padding and no biases.",
            ask: ask, target: target, keras: stack.keras, pytorch: stack.pytorch, pytorchInput: channelsFirst(shape),
            focusLayer: count - 1, keepsTarget: true)
    }
}
