/// A PyTorch model with an Embedding, a LayerNorm, a Conv1d and a GroupNorm, for the tests of how
/// normalizations and embeddings are counted, derived and presented.
public enum NormalizationModel {
    public static let source = """
        import torch.nn as nn
        class Net(nn.Module):
            def __init__(self):
                super().__init__()
                self.emb = nn.Embedding(1000, 64)
                self.norm = nn.LayerNorm(64)
                self.conv = nn.Conv1d(10, 16, 3)
                self.gn = nn.GroupNorm(4, 16)
            def forward(self, x):
                x = self.norm(self.emb(x))
                return self.gn(self.conv(x))
        """
}
