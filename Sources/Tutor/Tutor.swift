import ConvMath
