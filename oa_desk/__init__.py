"""OA Desk (OA 推广工作台): a desktop workbench for an enterprise OA rollout."""

__version__ = "0.1.0"
