"""The Publicity page's words for the domain's values (translated when called)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from oa_desk.domain.enums import Channel, CommStatus

translate = QCoreApplication.translate


def channel_names() -> dict[Channel, str]:
    return {
        Channel.EMAIL: translate("Publicity", "Email"),
        Channel.BULLETIN: translate("Publicity", "Bulletin board"),
        Channel.INTRANET: translate("Publicity", "Intranet"),
        Channel.WECHAT: translate("Publicity", "WeChat official account"),
        Channel.WECOM: translate("Publicity", "WeCom group"),
        Channel.DINGTALK: translate("Publicity", "DingTalk group"),
        Channel.MEETING: translate("Publicity", "Meeting"),
        Channel.POSTER: translate("Publicity", "Poster"),
        Channel.VIDEO: translate("Publicity", "Video"),
    }


def status_names() -> dict[CommStatus, str]:
    return {
        CommStatus.PLANNED: translate("Publicity", "Planned"),
        CommStatus.PREPARED: translate("Publicity", "Ready"),
        CommStatus.PUBLISHED: translate("Publicity", "Sent"),
        CommStatus.DONE: translate("Publicity", "Done"),
        CommStatus.CANCELLED: translate("Publicity", "Cancelled"),
    }
