/// Model files written in the styles real code uses: classes with `forward`, builder functions over
/// a configuration list, residual blocks, Keras functional graphs and whole training scripts.
enum PythonModelFixtures {
    /// A small PyTorch classifier whose `forward` calls one pooling module twice.
    static let reusedPool = #"""
        """A small convolutional network for 32x32 colour images."""
        import torch
        import torch.nn as nn
        import torch.nn.functional as F


        class SmallNet(nn.Module):
            def __init__(self, classes=10):
                super().__init__()
                self.conv1 = nn.Conv2d(3, 6, 5)
                self.pool = nn.MaxPool2d(2, 2)   # used after both convolutions
                self.conv2 = nn.Conv2d(6, 16, 5)
                self.fc1 = nn.Linear(16 * 5 * 5, 120)
                self.fc2 = nn.Linear(120, 84)
                self.fc3 = nn.Linear(84, classes)

            def forward(self, x):
                x = self.pool(F.relu(self.conv1(x)))
                x = self.pool(F.relu(self.conv2(x)))
                x = x.view(x.size(0), -1)
                x = F.relu(self.fc1(x))
                x = F.relu(self.fc2(x))
                return self.fc3(x)


        net = SmallNet()
        """#

    /// A VGG built from a configuration list by a helper, in the style of model-zoo code.
    static let vggBuilder = #"""
        import torch
        from torch import nn

        CONFIGS = {
            "vgg11": [64, "pool", 128, "pool", 256, 256, "pool", 512, 512, "pool", 512, 512, "pool"],
            "vgg16": [64, 64, "pool", 128, 128, "pool", 256, 256, 256, "pool",
                      512, 512, 512, "pool", 512, 512, 512, "pool"],
        }


        def build_features(config, with_norm=False):
            """Turns a configuration list into the convolutional part."""
            stages = []
            channels = 3
            for entry in config:
                if entry == "pool":
                    stages += [nn.MaxPool2d(kernel_size=2, stride=2)]
                    continue
                conv = nn.Conv2d(channels, entry, kernel_size=3, padding=1)
                if with_norm:
                    stages += [conv, nn.BatchNorm2d(entry), nn.ReLU(inplace=True)]
                else:
                    stages.extend([conv, nn.ReLU(inplace=True)])
                channels = entry
            return nn.Sequential(*stages)


        class VGGNet(nn.Module):
            def __init__(self, features: nn.Module, num_classes: int = 1000, dropout: float = 0.5) -> None:
                super(VGGNet, self).__init__()
                self.features = features
                self.avgpool = nn.AdaptiveAvgPool2d((7, 7))
                hidden = 4096
                self.classifier = nn.Sequential(
                    nn.Linear(512 * 7 * 7, hidden), nn.ReLU(True), nn.Dropout(p=dropout),
                    nn.Linear(hidden, hidden), nn.ReLU(True), nn.Dropout(p=dropout),
                    nn.Linear(hidden, num_classes),
                )
                for module in self.modules():
                    if isinstance(module, nn.Conv2d):
                        nn.init.kaiming_normal_(module.weight, mode="fan_out")

            def forward(self, x: torch.Tensor) -> torch.Tensor:
                x = self.avgpool(self.features(x))
                x = torch.flatten(x, 1)
                return self.classifier(x)


        def vgg(name: str, with_norm: bool = False, **kwargs) -> VGGNet:
            return VGGNet(build_features(CONFIGS[name], with_norm=with_norm), **kwargs)


        def vgg16(**kwargs):
            """The 16-layer configuration."""
            return vgg("vgg16", **kwargs)
        """#

    /// A ResNet-18 in the style of library code: helper constructors, a block class with an optional
    /// downsampling shortcut, and a `_make_stage` loop.
    static let residualNet = #"""
        from typing import List, Optional

        import torch
        import torch.nn as nn


        def conv3x3(cin: int, cout: int, stride: int = 1) -> nn.Conv2d:
            """A 3x3 convolution that keeps the size at stride 1."""
            return nn.Conv2d(cin, cout, kernel_size=3, stride=stride, padding=1, bias=False)


        def conv1x1(cin, cout, stride=1):
            return nn.Conv2d(cin, cout, kernel_size=1, stride=stride, bias=False)


        class ResidualBlock(nn.Module):
            expansion = 1

            def __init__(self, cin, width, stride=1, shortcut: Optional[nn.Module] = None):
                super().__init__()
                self.conv1 = conv3x3(cin, width, stride)
                self.bn1 = nn.BatchNorm2d(width)
                self.relu = nn.ReLU(inplace=True)
                self.conv2 = conv3x3(width, width)
                self.bn2 = nn.BatchNorm2d(width)
                self.downsample = shortcut

            def forward(self, x):
                identity = x if self.downsample is None else self.downsample(x)
                out = self.relu(self.bn1(self.conv1(x)))
                out = self.bn2(self.conv2(out))
                out += identity
                return self.relu(out)


        class ResidualNet(nn.Module):
            def __init__(self, block, depths: List[int], num_classes=1000):
                super().__init__()
                self.cin = 64
                self.conv1 = nn.Conv2d(3, 64, kernel_size=7, stride=2, padding=3, bias=False)
                self.bn1 = nn.BatchNorm2d(64)
                self.relu = nn.ReLU(inplace=True)
                self.maxpool = nn.MaxPool2d(kernel_size=3, stride=2, padding=1)
                widths = [64, 128, 256, 512]
                for index, (width, depth) in enumerate(zip(widths, depths)):
                    stage = self._make_stage(block, width, depth, stride=1 if index == 0 else 2)
                    setattr(self, "layer%d" % (index + 1), stage)
                self.avgpool = nn.AdaptiveAvgPool2d((1, 1))
                self.fc = nn.Linear(512 * block.expansion, num_classes)

            def _make_stage(self, block, width, depth, stride=1):
                shortcut = None
                if stride != 1 or self.cin != width * block.expansion:
                    shortcut = nn.Sequential(conv1x1(self.cin, width * block.expansion, stride),
                                             nn.BatchNorm2d(width * block.expansion))
                blocks = [block(self.cin, width, stride, shortcut)]
                self.cin = width * block.expansion
                for _ in range(1, depth):
                    blocks.append(block(self.cin, width))
                return nn.Sequential(*blocks)

            def forward(self, x):
                x = self.maxpool(self.relu(self.bn1(self.conv1(x))))
                for name in ["layer1", "layer2", "layer3", "layer4"]:
                    x = getattr(self, name)(x)
                x = self.avgpool(x)
                return self.fc(torch.flatten(x, 1))


        def resnet18(num_classes: int = 1000) -> ResidualNet:
            return ResidualNet(ResidualBlock, [2, 2, 2, 2], num_classes=num_classes)
        """#

    /// A Keras functional model with a residual Add and a two-branch Concatenate, built by a helper.
    static let kerasBranches = #"""
        import keras
        from keras import layers

        NUM_CLASSES = 10


        def residual_unit(x, filters, unit):
            """Two convolutions with a projected shortcut."""
            shortcut = layers.Conv2D(filters, 1, padding="same", name="proj_%d" % unit)(x)
            x = layers.Conv2D(filters, 3, padding="same", name=f"unit{unit}_conv_a")(x)
            x = layers.BatchNormalization()(x)
            x = layers.Activation("relu")(x)
            x = layers.Conv2D(filters, 3, padding="same", name="unit{}_conv_b".format(unit))(x)
            x = layers.Add()([x, shortcut])
            return layers.Activation("relu")(x)


        image = keras.Input(shape=(32, 32, 3), name="image")
        x = residual_unit(image, 32, 1)
        narrow = layers.Conv2D(16, 1, activation="relu")(x)
        wide = layers.Conv2D(16, 3, padding="same", activation="relu")(x)
        x = layers.Concatenate(axis=-1)([narrow, wide])
        x = layers.MaxPooling2D()(x)
        x = residual_unit(x, 64, 2)
        x = layers.GlobalAveragePooling2D()(x)
        x = layers.Dropout(0.5)(x)
        scores = layers.Dense(NUM_CLASSES, activation="softmax")(x)
        model = keras.Model(inputs=image, outputs=scores, name="branchy")
        model.summary()
        """#

    /// A whole Keras training script around a Sequential model: data loading, compile and fit.
    static let kerasScript = #"""
        """
        Trains a small convnet on MNIST.
        """
        import numpy as np
        import keras
        from keras import layers

        num_classes = 10
        input_shape = (28, 28, 1)

        (x_train, y_train), (x_test, y_test) = keras.datasets.mnist.load_data()
        x_train = np.expand_dims(x_train.astype("float32") / 255, -1)
        x_test = np.expand_dims(x_test.astype("float32") / 255, -1)
        print("x_train shape:", x_train.shape)
        print(f"{x_train.shape[0]} train samples")
        y_train = keras.utils.to_categorical(y_train, num_classes)

        model = keras.Sequential()
        model.add(keras.Input(shape=input_shape))
        model.add(layers.Conv2D(32, kernel_size=(3, 3), activation="relu"))
        model.add(layers.MaxPooling2D(pool_size=(2, 2)))
        model.add(layers.Conv2D(64, kernel_size=(3, 3), activation="relu"))
        model.add(layers.MaxPooling2D(pool_size=(2, 2)))
        model.add(layers.Flatten())
        model.add(layers.Dropout(0.5))
        model.add(layers.Dense(num_classes, activation="softmax"))
        model.summary()

        batch_size = 128
        epochs = 15
        model.compile(loss="categorical_crossentropy", optimizer="adam", metrics=["accuracy"])
        history = model.fit(x_train, y_train, batch_size=batch_size, epochs=epochs, validation_split=0.1)
        for epoch, accuracy in enumerate(history.history["accuracy"]):
            if accuracy > 0.99:
                print("reached 99%% at epoch %d" % epoch)
                break
        score = model.evaluate(x_test, y_test, verbose=0)
        print("Test loss:", score[0])
        """#

    /// A small U-Net: skip connections joined with torch.cat after F.pad evens out odd sizes.
    static let unet = #"""
        import torch
        import torch.nn as nn
        import torch.nn.functional as F


        class DoubleConv(nn.Module):
            """(convolution => BN => ReLU) * 2"""

            def __init__(self, cin, cout, mid=None):
                super().__init__()
                mid = mid or cout
                self.double_conv = nn.Sequential(
                    nn.Conv2d(cin, mid, kernel_size=3, padding=1, bias=False),
                    nn.BatchNorm2d(mid),
                    nn.ReLU(inplace=True),
                    nn.Conv2d(mid, cout, kernel_size=3, padding=1, bias=False),
                    nn.BatchNorm2d(cout),
                    nn.ReLU(inplace=True),
                )

            def forward(self, x):
                return self.double_conv(x)


        class Down(nn.Module):
            def __init__(self, cin, cout):
                super().__init__()
                self.pool_conv = nn.Sequential(nn.MaxPool2d(2), DoubleConv(cin, cout))

            def forward(self, x):
                return self.pool_conv(x)


        class Up(nn.Module):
            def __init__(self, cin, cout):
                super().__init__()
                self.up = nn.ConvTranspose2d(cin, cin // 2, kernel_size=2, stride=2)
                self.conv = DoubleConv(cin, cout)

            def forward(self, below, skip):
                below = self.up(below)
                dy = skip.size()[2] - below.size()[2]
                dx = skip.size()[3] - below.size()[3]
                below = F.pad(below, [dx // 2, dx - dx // 2, dy // 2, dy - dy // 2])
                return self.conv(torch.cat([skip, below], dim=1))


        class UNet(nn.Module):
            def __init__(self, n_channels=3, n_classes=2, base=8):
                super(UNet, self).__init__()
                self.inc = DoubleConv(n_channels, base)
                self.down1 = Down(base, base * 2)
                self.down2 = Down(base * 2, base * 4)
                self.up1 = Up(base * 4, base * 2)
                self.up2 = Up(base * 2, base)
                self.outc = nn.Conv2d(base, n_classes, kernel_size=1)

            def forward(self, x):
                x1 = self.inc(x)
                x2 = self.down1(x1)
                x3 = self.down2(x2)
                x = self.up1(x3, x2)
                x = self.up2(x, x1)
                return self.outc(x)
        """#
}

