"""The organisation a role names (a speaker's 我们/we), and never a trade or a former post."""

from __future__ import annotations

import pytest

from quizgen.extract.affiliation import organisation


@pytest.mark.parametrize(
    ("role", "org"),
    [
        ("松石茶铺创始人", "松石茶铺"),
        ("松石茶铺采购负责人", "松石茶铺"),  # a department between the company and the post
        ("远拓物流 供应链规划总监", "远拓物流"),  # a space sets a department of any name apart
        ("禾木科技创始人兼CEO", "禾木科技"),  # two posts joined: both go, not 禾木科技创始人兼
        ("青禾农业联合创始人、CTO", "青禾农业"),
        ("远帆基金创始合伙人", "远帆基金"),  # what kind of partner is no part of the firm's name
        ("远帆基金执行董事长", "远帆基金"),
        ("《港口周报》副主编", "《港口周报》"),  # a deputy's post: 副 is no part of the paper's name
        ("Anthropic CEO", "Anthropic"),
        ("co-founder and CEO of Ferrobot", "Ferrobot"),
        ("Ferrobot's founder", "Ferrobot"),
        ("co-founder of Oakden Garden Trust in the town of Brisford", "Oakden Garden Trust"),  # not the town
        ("head of operations at Talmo Freight, based in Rotterdam", "Talmo Freight"),
        ("平民工匠", ""),  # a trade, not an employer
        ("门店店长", ""),  # a generic place, no particular organisation
        ("前CEO", ""),
        ("a former CEO of Acme", ""),
        ("the CEO", ""),
        ("interviewer", ""),
    ],
)
def test_organisation_named_by_a_role(role: str, org: str) -> None:
    assert organisation(role) == org
