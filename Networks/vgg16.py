"""VGG16 (Simonyan and Zisserman, 2014), configuration D, without batch normalization, as
torchvision builds it: 138,357,544 parameters on a 3x224x224 image."""

from typing import List, Union

import torch
import torch.nn as nn

# Output channels of each 3x3 convolution; "M" is a 2x2 max pooling that halves the size.
CONFIG_D: List[Union[int, str]] = [64, 64, "M", 128, 128, "M", 256, 256, 256, "M",
                                   512, 512, 512, "M", 512, 512, 512, "M"]


def make_features(config: List[Union[int, str]], batch_norm: bool = False) -> nn.Sequential:
    layers: List[nn.Module] = []
    channels = 3
    for entry in config:
        if entry == "M":
            layers.append(nn.MaxPool2d(kernel_size=2, stride=2))
            continue
        layers.append(nn.Conv2d(channels, entry, kernel_size=3, padding=1))
        if batch_norm:
            layers.append(nn.BatchNorm2d(entry))
        layers.append(nn.ReLU(inplace=True))
        channels = entry
    return nn.Sequential(*layers)


class VGG(nn.Module):
    def __init__(self, features: nn.Module, num_classes: int = 1000, dropout: float = 0.5) -> None:
        super().__init__()
        self.features = features
        self.avgpool = nn.AdaptiveAvgPool2d((7, 7))
        self.classifier = nn.Sequential(
            nn.Linear(512 * 7 * 7, 4096),
            nn.ReLU(True),
            nn.Dropout(p=dropout),
            nn.Linear(4096, 4096),
            nn.ReLU(True),
            nn.Dropout(p=dropout),
            nn.Linear(4096, num_classes),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.features(x)
        x = self.avgpool(x)
        x = torch.flatten(x, 1)
        return self.classifier(x)


def vgg16(**kwargs) -> VGG:
    return VGG(make_features(CONFIG_D), **kwargs)
