extension PythonInterpreter {
    /// Calls a layer object on its input: checks and propagates the shape, and records the call.
    func applyLayer(_ layer: LayerObject, _ a: PyCallArguments) throws(ModelError) -> PyValue {
        guard let input = a.positional.first?.value ?? a.keyword("inputs") ?? a.keyword("input") ?? a.keyword("x") else {
            throw programError("\(layer.typeName) is called without an input", at: a.span)
        }
        let inputSpan = a.positional.first?.span ?? a.span
        if let failure = layer.failure {
            if let index = failure.failure { dependsOnFailures.insert(index) }
            return .opaque(failure)
        }
        switch layer.kind {
        case .layer(let spec):
            guard case .tensor(let tensor) = input else {
                if input.opaque != nil { return input }
                if case .list = input { throw error("\(layer.typeName) takes one tensor, not a list", at: inputSpan) }
                if case .tuple = input { throw error("\(layer.typeName) takes one tensor, not a tuple", at: inputSpan) }
                throw programError("\(layer.typeName) is applied to \(input.typeName), not a tensor", at: inputSpan)
            }
            try checkFramework(tensor, layer: layer, at: a.span)
            let analysis = try spec.analyze(tensor.shape)
            let output = SymbolicTensor(id: makeID(), shape: analysis.outputShape, framework: tensor.framework)
            try record(LayerApplication(layer: layer, spec: spec, inputs: [tensor], output: output, analysis: analysis), at: a.span)
            return .tensor(output)
        case .reshaping(let shaping):
            guard case .tensor(let tensor) = input else {
                if input.opaque != nil { return input }
                throw programError("\(layer.typeName) is applied to \(input.typeName), not a tensor", at: inputSpan)
            }
            try checkFramework(tensor, layer: layer, at: a.span)
            let shape = try shaping.outputShape(tensor.shape, at: a.span, in: self)
            let output = SymbolicTensor(id: makeID(), shape: shape, framework: tensor.framework)
            try record(LayerApplication(layer: layer, spec: shaping.spec, inputs: [tensor], output: output,
                                        analysis: LayerAnalysis(outputShape: shape)), at: a.span)
            return .tensor(output)
        case .weighted(let weighted):
            guard case .tensor(let tensor) = input else {
                if input.opaque != nil { return input }
                throw programError("\(layer.typeName) is applied to \(input.typeName), not a tensor", at: inputSpan)
            }
            try checkFramework(tensor, layer: layer, at: a.span)
            let analysis = try weighted.analysis(tensor.shape, at: a.span, in: self)
            let output = SymbolicTensor(id: makeID(), shape: analysis.outputShape, framework: tensor.framework)
            try record(LayerApplication(layer: layer, spec: weighted.spec, inputs: [tensor], output: output, analysis: analysis), at: a.span)
            return .tensor(output)
        case .merge(let merge):
            let tensors: [SymbolicTensor]
            switch try tensorInputs(input, at: inputSpan, refusal: { "\(layer.typeName) joins tensors, not \($0)" }) {
            case .unknown(let value): return value
            case .tensors(let given): tensors = given
            }
            let shape = try MergeLayers.outputShape(merge, tensors, at: a.span, in: self)
            let output = SymbolicTensor(id: makeID(), shape: shape, framework: tensors.first?.framework ?? .keras)
            try record(LayerApplication(layer: layer, spec: merge.spec, inputs: tensors, output: output,
                                        analysis: LayerAnalysis(outputShape: shape)), at: a.span)
            return .tensor(output)
        case .lambda(let lambda):
            var tensors: [SymbolicTensor] = []
            if case .tensor(let tensor) = input {
                tensors = [tensor]
            } else {
                switch try tensorInputs(input, at: inputSpan, refusal: { "Lambda is applied to \($0), not tensors" }) {
                case .unknown(let value): return value
                case .tensors(let given): tensors = given
                }
            }
            guard !tensors.isEmpty else { throw programError("Lambda is applied to no tensor", at: inputSpan) }
            let shape = try lambda.outputShape(input, inputSpan: inputSpan, at: a.span, in: self)
            let output = SymbolicTensor(id: makeID(), shape: shape, framework: tensors[0].framework)
            try record(LayerApplication(layer: layer, spec: lambda.spec, inputs: tensors, output: output,
                                        analysis: LayerAnalysis(outputShape: shape)), at: a.span)
            return .tensor(output)
        case .container(.sequential):
            guard callDepth < Self.maximumCallDepth else {
                stopsTheRun = true
                throw error("modules nest more than \(Self.maximumCallDepth) deep here", at: a.span,
                            hint: "a container that holds itself cannot describe a model")
            }
            callDepth += 1
            defer { callDepth -= 1 }
            var current = input
            for (index, child) in (layer.children ?? []).enumerated() {
                if index == 0, case .tensor = child.value { continue }
                var arguments = PyCallArguments(span: a.span)
                arguments.positional = [(current, inputSpan)]
                current = try call(child.value, arguments)
            }
            return current
        case .container:
            throw programError("\(layer.typeName) cannot be called; call the modules in it", at: a.span)
        case .functionalModel:
            throw error("a functional model applied to new tensors is not read yet", at: a.span,
                        hint: "read the inner model on its own with --model")
        }
    }

    private func checkFramework(_ tensor: SymbolicTensor, layer: LayerObject, at span: SourceSpan) throws(ModelError) {
        guard tensor.framework != layer.framework else { return }
        throw error("this model mixes \(tensor.framework.displayName) tensors and a \(layer.framework.displayName) layer (\(layer.typeName))",
                    at: span, hint: "use one framework; --input shapes are \(tensor.framework == .keras ? "channels last" : "channels first")")
    }

    /// Records a layer call; a layer called again must get the same weights (the same count).
    private func record(_ application: LayerApplication, at span: SourceSpan) throws(ModelError) {
        guard uncertainty == nil else { return }
        if let index = firstApplication[ObjectIdentifier(application.layer)],
           case let first = applications[index], first.analysis.parameters != application.analysis.parameters {
            throw error("\(application.layer.typeName) is called again on an input of shape \(application.inputs[0].shape), "
                        + "but its weights were made for \(first.inputs[0].shape) (line \(first.layer.span.line))",
                        at: span, hint: "a layer called twice shares its weights, so its inputs must have the same size")
        }
        if firstApplication[ObjectIdentifier(application.layer)] == nil {
            firstApplication[ObjectIdentifier(application.layer)] = applications.count
        }
        applications.append(application)
    }

    /// What a layer that takes several tensors is given: the tensors, or the unknown value that
    /// stands for them.
    enum TensorInputs {
        case tensors([SymbolicTensor])
        case unknown(PyValue)
    }

    /// The tensors of a list or tuple given to a layer; `refusal` words the error for an item of
    /// another type, given that type's name.
    func tensorInputs(_ input: PyValue, at span: SourceSpan, refusal: (String) -> String) throws(ModelError) -> TensorInputs {
        switch try iterate(input, at: span) {
        case .unknown(let opaque): return .unknown(.opaque(opaque))
        case .known(let items):
            var tensors: [SymbolicTensor] = []
            for item in items {
                if item.opaque != nil { return .unknown(item) }
                guard case .tensor(let tensor) = item else { throw programError(refusal(item.typeName), at: span) }
                tensors.append(tensor)
            }
            return .tensors(tensors)
        }
    }
}
