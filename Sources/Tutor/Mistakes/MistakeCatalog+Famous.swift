/// The mistakes made reading a layer out of a famous network, and counting a convolution without
/// weight sharing.
extension MistakeCatalog {
    static let famous: [Mistake] = [
        Mistake(.depthFromListedLayer, [
            .replace(.kernelDepth) { site in
                guard site.layer.index == site.model.focusIndex, site.layer.groups == 1, site.layer.kind == .convolution,
                      let before = site.model.network?.listedBefore else { return nil }
                return before.channels
            },
            .replace(.denseInputs) { site in
                guard site.layer.index == site.model.focusIndex, let before = site.model.network?.listedBefore else { return nil }
                return before.channels
            },
        ]) { site in
            let before = site.model.network?.listedBefore
            if site.layer.kind == .dense {
                return MistakeWording(
                    counted: "gives each unit \(plural(site.wrong, "input")), the channels \(before?.path ?? "the last convolution") puts out",
                    rule: "the map is flattened first: each unit sees every value of it, \(number(site.right)) in all")
            }
            return MistakeWording(
                counted: "makes the kernels \(number(site.wrong)) deep, the channels \(before?.path ?? "the layer before") puts out",
                rule: "\(site.model.network?.path ?? "this layer") reads the block's input, \(plural(site.right, "channel")) deep, "
                    + "not the output of the layer listed before it")
        },
        Mistake(.imageDepthInNetwork, [.replace(.kernelDepth) { site in
            guard site.layer.index == site.model.focusIndex, site.layer.groups == 1, site.layer.kind == .convolution,
                  let image = site.model.network?.imageChannels, site.correct != image else { return nil }
            return image
        }]) { site in
            MistakeWording(counted: "makes the kernels as deep as the image's \(plural(site.wrong, "channel"))",
                           rule: "only the network's first layer sees the image; this one reads the \(plural(site.right, "channel")) "
                            + "of its own input")
        },
        Mistake(.countedFollowingBatchNorm, [.replace(.answer) { site in
            guard site.target == .layerParameters,
                  let normalization = site.model.network?.normalization else { return nil }
            return site.correct &+ normalization.parameters
        }]) { site in
            MistakeWording(counted: "adds the \(number(site.wrong - site.right)) parameters of "
                            + "\(site.model.network?.normalization?.path ?? "the batch normalization after it")",
                           rule: "the batch normalization is a module of its own; the question asks about "
                            + "\(site.model.network?.path ?? "the convolution") alone")
        },
        Mistake(.answeredSharedCount, [.replace(.unsharedTotal) { site in site.earlier[.layerTotal] }]) { _ in
            MistakeWording(counted: "is the layer's count with weight sharing",
                           rule: "the question asks what it would hold with a separate copy at every position")
        },
        Mistake(.unsharedWithoutBiases, [.replace(.unsharedPerValue) { site in
            site.layer.useBias && site.correct > 1 ? site.correct - 1 : nil
        }]) { site in
            MistakeWording(counted: "gives each output value a kernel but no bias",
                           rule: "without sharing, each output value owns its bias as well: \(number(site.right)) parameters each")
        },
    ]
}
