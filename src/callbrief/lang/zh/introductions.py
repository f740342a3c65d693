"""Chinese words of an operator's introduction of the next questioner.

``下一位提问的是来自某某证券的张三。``, ``第一个问题来自示例资本的李四``,
``接下来有请来自示例银行的分析师王五提问``.
"""

from __future__ import annotations

LEAD = (
    r"(?:提问|问题|发问)[^。？！，]{0,8}?(?:是|为)?来自",
    r"(?:有请|请|欢迎)来自",
)
"""What comes before the firm (the questioner's firm comes first in Chinese)."""
FIRM = r"(?P<firm>[^，。、；！？的\s]{2,30}?)"
"""The firm: up to the ``的`` before the name."""
LINK = r"的(?:分析师|研究员)?\s*"
"""Between the firm and the name: ``的``, ``的分析师``."""
NAME = (
    r"(?P<name>[\u4e00-\u9fff]{2,4}?|[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,3})"
    r"(?=[，。、；！？,.;!?\s]|$|先生|女士|提问|发问|请|的问题)"
)
"""The questioner's name: two to four Han characters, or Latin words."""
