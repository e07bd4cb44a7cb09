/// Model files in the style of the keras-applications package: builder functions that take the
/// Keras modules through `**kwargs`, helpers that name their layers from a stage and a block, the
/// package's input-shape rule, weights fetched and loaded after the model is built.
enum KerasApplicationFixtures {
    /// ResNet-50 (v1) as the package writes it: bottleneck helpers named `res2a_branch2a` and so on.
    static let resNet50 = #"""
        """ResNet-50 for Keras, with a classifier on top or without."""
        import os

        from . import get_submodules_from_kwargs
        from .imagenet_utils import _obtain_input_shape

        WEIGHTS_URL = 'https://example.org/weights/resnet50_top.h5'
        WEIGHTS_URL_NO_TOP = 'https://example.org/weights/resnet50_no_top.h5'

        backend = None
        layers = None
        models = None
        keras_utils = None


        def _channel_axis():
            return 3 if backend.image_data_format() == 'channels_last' else 1


        def identity_block(x, kernel, filters, stage, block):
            """Three convolutions whose output is added to the block's input."""
            reduced, middle, expanded = filters
            axis = _channel_axis()
            conv = 'res' + str(stage) + block + '_branch'
            norm = 'bn' + str(stage) + block + '_branch'
            shortcut = x

            x = layers.Conv2D(reduced, (1, 1), kernel_initializer='he_normal', name=conv + '2a')(x)
            x = layers.BatchNormalization(axis=axis, name=norm + '2a')(x)
            x = layers.Activation('relu')(x)
            x = layers.Conv2D(middle, kernel, padding='same', kernel_initializer='he_normal', name=conv + '2b')(x)
            x = layers.BatchNormalization(axis=axis, name=norm + '2b')(x)
            x = layers.Activation('relu')(x)
            x = layers.Conv2D(expanded, (1, 1), kernel_initializer='he_normal', name=conv + '2c')(x)
            x = layers.BatchNormalization(axis=axis, name=norm + '2c')(x)
            x = layers.add([x, shortcut])
            return layers.Activation('relu')(x)


        def conv_block(x, kernel, filters, stage, block, strides=(2, 2)):
            """Like identity_block, with a strided 1x1 convolution on the shortcut."""
            reduced, middle, expanded = filters
            axis = _channel_axis()
            conv = 'res' + str(stage) + block + '_branch'
            norm = 'bn' + str(stage) + block + '_branch'

            shortcut = layers.Conv2D(expanded, (1, 1), strides=strides,
                                     kernel_initializer='he_normal', name=conv + '1')(x)
            shortcut = layers.BatchNormalization(axis=axis, name=norm + '1')(shortcut)

            x = layers.Conv2D(reduced, (1, 1), strides=strides, kernel_initializer='he_normal', name=conv + '2a')(x)
            x = layers.BatchNormalization(axis=axis, name=norm + '2a')(x)
            x = layers.Activation('relu')(x)
            x = layers.Conv2D(middle, kernel, padding='same', kernel_initializer='he_normal', name=conv + '2b')(x)
            x = layers.BatchNormalization(axis=axis, name=norm + '2b')(x)
            x = layers.Activation('relu')(x)
            x = layers.Conv2D(expanded, (1, 1), kernel_initializer='he_normal', name=conv + '2c')(x)
            x = layers.BatchNormalization(axis=axis, name=norm + '2c')(x)
            x = layers.add([x, shortcut])
            return layers.Activation('relu')(x)


        STAGES = [
            # stage, filters, blocks, strides of the first block
            (2, [64, 64, 256], 3, (1, 1)),
            (3, [128, 128, 512], 4, (2, 2)),
            (4, [256, 256, 1024], 6, (2, 2)),
            (5, [512, 512, 2048], 3, (2, 2)),
        ]


        def ResNet50(include_top=True, weights='imagenet', input_tensor=None, input_shape=None,
                     pooling=None, classes=1000, **kwargs):
            global backend, layers, models, keras_utils
            backend, layers, models, keras_utils = get_submodules_from_kwargs(kwargs)

            if not (weights in {'imagenet', None} or os.path.exists(weights)):
                raise ValueError('weights must be None, "imagenet" or a file')
            if weights == 'imagenet' and include_top and classes != 1000:
                raise ValueError('the imagenet classifier has 1000 classes')

            input_shape = _obtain_input_shape(input_shape, default_size=224, min_size=32,
                                              data_format=backend.image_data_format(),
                                              require_flatten=include_top, weights=weights)
            if input_tensor is None:
                image = layers.Input(shape=input_shape)
            elif backend.is_keras_tensor(input_tensor):
                image = input_tensor
            else:
                image = layers.Input(tensor=input_tensor, shape=input_shape)

            x = layers.ZeroPadding2D(padding=(3, 3), name='conv1_pad')(image)
            x = layers.Conv2D(64, (7, 7), strides=(2, 2), padding='valid',
                              kernel_initializer='he_normal', name='conv1')(x)
            x = layers.BatchNormalization(axis=_channel_axis(), name='bn_conv1')(x)
            x = layers.Activation('relu')(x)
            x = layers.ZeroPadding2D(padding=(1, 1), name='pool1_pad')(x)
            x = layers.MaxPooling2D((3, 3), strides=(2, 2))(x)

            for stage, filters, blocks, strides in STAGES:
                x = conv_block(x, 3, filters, stage=stage, block='a', strides=strides)
                for block in 'bcdef'[:blocks - 1]:
                    x = identity_block(x, 3, filters, stage=stage, block=block)

            if include_top:
                x = layers.GlobalAveragePooling2D(name='avg_pool')(x)
                x = layers.Dense(classes, activation='softmax', name='fc1000')(x)
            elif pooling == 'avg':
                x = layers.GlobalAveragePooling2D()(x)
            elif pooling == 'max':
                x = layers.GlobalMaxPooling2D()(x)

            inputs = image if input_tensor is None else keras_utils.get_source_inputs(input_tensor)
            model = models.Model(inputs, x, name='resnet50')

            if weights == 'imagenet':
                url = WEIGHTS_URL if include_top else WEIGHTS_URL_NO_TOP
                model.load_weights(keras_utils.get_file(url.split('/')[-1], url, cache_subdir='models'))
            elif weights is not None:
                model.load_weights(weights)
            return model
        """#

    /// MobileNet (v1) as the package writes it: a width multiplier `alpha`, depthwise blocks named
    /// `conv_dw_%d`, and a classifier made of a reshape and a 1x1 convolution.
    static let mobileNet = #"""
        """MobileNet v1 for Keras."""
        from keras_applications import get_submodules_from_kwargs
        from keras_applications.imagenet_utils import _obtain_input_shape

        backend = None
        layers = None
        models = None
        keras_utils = None


        def _first_conv(inputs, filters, alpha, kernel=(3, 3), strides=(1, 1)):
            axis = 1 if backend.image_data_format() == 'channels_first' else -1
            x = layers.ZeroPadding2D(padding=((0, 1), (0, 1)), name='conv1_pad')(inputs)
            x = layers.Conv2D(int(filters * alpha), kernel, padding='valid', use_bias=False,
                              strides=strides, name='conv1')(x)
            x = layers.BatchNormalization(axis=axis, name='conv1_bn')(x)
            return layers.ReLU(6., name='conv1_relu')(x)


        def _depthwise_block(inputs, pointwise_filters, alpha, depth_multiplier=1, strides=(1, 1), block_id=1):
            axis = 1 if backend.image_data_format() == 'channels_first' else -1
            if strides == (1, 1):
                x = inputs
                padding = 'same'
            else:
                x = layers.ZeroPadding2D(((0, 1), (0, 1)), name='conv_pad_%d' % block_id)(inputs)
                padding = 'valid'
            x = layers.DepthwiseConv2D((3, 3), padding=padding, depth_multiplier=depth_multiplier,
                                       strides=strides, use_bias=False, name='conv_dw_%d' % block_id)(x)
            x = layers.BatchNormalization(axis=axis, name='conv_dw_%d_bn' % block_id)(x)
            x = layers.ReLU(6., name='conv_dw_%d_relu' % block_id)(x)
            x = layers.Conv2D(int(pointwise_filters * alpha), (1, 1), padding='same', use_bias=False,
                              name='conv_pw_%d' % block_id)(x)
            x = layers.BatchNormalization(axis=axis, name='conv_pw_%d_bn' % block_id)(x)
            return layers.ReLU(6., name='conv_pw_%d_relu' % block_id)(x)


        # (pointwise filters, strides) of the thirteen depthwise blocks
        BLOCKS = [(64, 1), (128, 2), (128, 1), (256, 2), (256, 1), (512, 2),
                  (512, 1), (512, 1), (512, 1), (512, 1), (512, 1), (1024, 2), (1024, 1)]


        def MobileNet(input_shape=None, alpha=1.0, depth_multiplier=1, dropout=1e-3, include_top=True,
                      weights='imagenet', input_tensor=None, pooling=None, classes=1000, **kwargs):
            global backend, layers, models, keras_utils
            backend, layers, models, keras_utils = get_submodules_from_kwargs(kwargs)

            default_size = 224
            if input_shape is not None:
                rows, cols = input_shape[:2]
                if rows == cols and rows in [128, 160, 192, 224]:
                    default_size = rows
            input_shape = _obtain_input_shape(input_shape, default_size=default_size, min_size=32,
                                              data_format=backend.image_data_format(),
                                              require_flatten=include_top, weights=weights)
            rows = input_shape[0]
            if weights == 'imagenet' and depth_multiplier != 1:
                raise ValueError('imagenet weights need depth_multiplier=1')

            if input_tensor is None:
                image = layers.Input(shape=input_shape)
            elif not backend.is_keras_tensor(input_tensor):
                image = layers.Input(tensor=input_tensor, shape=input_shape)
            else:
                image = input_tensor

            x = _first_conv(image, 32, alpha, strides=(2, 2))
            for block_id, (filters, stride) in enumerate(BLOCKS, start=1):
                x = _depthwise_block(x, filters, alpha, depth_multiplier,
                                     strides=(stride, stride), block_id=block_id)

            if include_top:
                if backend.image_data_format() == 'channels_first':
                    shape = (int(1024 * alpha), 1, 1)
                else:
                    shape = (1, 1, int(1024 * alpha))
                x = layers.GlobalAveragePooling2D()(x)
                x = layers.Reshape(shape, name='reshape_1')(x)
                x = layers.Dropout(dropout, name='dropout')(x)
                x = layers.Conv2D(classes, (1, 1), padding='same', name='conv_preds')(x)
                x = layers.Reshape((classes,), name='reshape_2')(x)
                x = layers.Activation('softmax', name='act_softmax')(x)
            elif pooling == 'avg':
                x = layers.GlobalAveragePooling2D()(x)
            elif pooling == 'max':
                x = layers.GlobalMaxPooling2D()(x)

            inputs = image if input_tensor is None else keras_utils.get_source_inputs(input_tensor)
            model = models.Model(inputs, x, name='mobilenet_%0.2f_%s' % (alpha, rows))
            if weights == 'imagenet':
                name = 'mobilenet_1_0_%d_tf%s.h5' % (224 if rows is None else rows, '' if include_top else '_no_top')
                model.load_weights(keras_utils.get_file(name, 'https://example.org/weights/' + name))
            return model
        """#

    /// A MobileNetV2-style stem and a DenseNet-style transition: the package's `correct_pad` before
    /// a strided convolution, and a width read back with `backend.int_shape`.
    static let paddedStem = #"""
        from keras_applications import get_submodules_from_kwargs, correct_pad

        def Stem(input_shape=(224, 224, 3), reduction=0.5, **kwargs):
            backend, layers, models, utils = get_submodules_from_kwargs(kwargs)
            image = layers.Input(shape=input_shape)
            x = layers.ZeroPadding2D(padding=correct_pad(backend, image, 3), name='stem_pad')(image)
            x = layers.Conv2D(32, 3, strides=(2, 2), padding='valid', use_bias=False, name='stem')(x)
            channels = backend.int_shape(x)[-1]
            x = layers.Conv2D(int(channels * reduction), 1, use_bias=False, name='transition')(x)
            return models.Model(image, x, name='stem')
        """#

    /// An EfficientNet-style network: blocks from a list of argument dicts copied with `deepcopy`,
    /// repeats scaled with `math.ceil`, and a squeeze-and-excitation whose (1, 1, C) weights
    /// multiply the (H, W, C) features; a Theano-only branch never taken.
    static let squeezeExcite = #"""
        """A tiny EfficientNet: inverted blocks with squeeze-and-excitation, deeper by a coefficient."""
        import math
        from copy import deepcopy

        from keras_applications import get_submodules_from_kwargs

        BLOCKS = [
            {'filters_in': 16, 'filters_out': 24, 'repeats': 1, 'strides': 2, 'expand': 6},
            {'filters_in': 24, 'filters_out': 40, 'repeats': 2, 'strides': 2, 'expand': 6},
        ]


        def squeeze_excite(x, filters, reduced, name, layers, backend):
            se = layers.GlobalAveragePooling2D(name=name + 'se_squeeze')(x)
            se = layers.Reshape((1, 1, filters), name=name + 'se_reshape')(se)
            se = layers.Conv2D(reduced, 1, activation='relu', name=name + 'se_reduce')(se)
            se = layers.Conv2D(filters, 1, activation='sigmoid', name=name + 'se_expand')(se)
            if backend.backend() == 'theano':
                se = layers.Lambda(lambda t: backend.pattern_broadcast(t, [True, True, True, False]))(se)
            return layers.multiply([x, se], name=name + 'se_excite')


        def TinyEfficientNet(depth_coefficient=1.0, classes=10, **kwargs):
            backend, layers, models, utils = get_submodules_from_kwargs(kwargs)
            inputs = layers.Input(shape=(64, 64, 3))
            x = layers.Conv2D(16, 3, strides=2, padding='same', use_bias=False, name='stem_conv')(inputs)
            x = layers.BatchNormalization(name='stem_bn')(x)
            for i, args in enumerate(deepcopy(BLOCKS)):
                repeats = int(math.ceil(depth_coefficient * args.pop('repeats')))
                for j in range(repeats):
                    if j > 0:
                        args['strides'] = 1
                        args['filters_in'] = args['filters_out']
                    name = 'block%d%s_' % (i + 1, 'abcdefgh'[j])
                    expanded = args['filters_in'] * args['expand']
                    shortcut = x
                    x = layers.Conv2D(expanded, 1, use_bias=False, name=name + 'expand_conv')(x)
                    x = layers.DepthwiseConv2D(3, strides=args['strides'], padding='same', use_bias=False,
                                               name=name + 'dwconv')(x)
                    x = squeeze_excite(x, expanded, max(1, int(args['filters_in'] * 0.25)), name, layers, backend)
                    x = layers.Conv2D(args['filters_out'], 1, use_bias=False, name=name + 'project_conv')(x)
                    if args['strides'] == 1 and args['filters_in'] == args['filters_out']:
                        x = layers.add([x, shortcut], name=name + 'add')
            x = layers.GlobalAveragePooling2D(name='avg_pool')(x)
            x = layers.Dense(classes, activation='softmax', name='predictions')(x)
            return models.Model(inputs, x, name='tiny_efficientnet')


        model = TinyEfficientNet()
        """#
}

