"""AppTest, version 1 of rill's app testing API.

from rill.testing.v1 import AppTest

at = AppTest.from_file("app.py").run()
assert not at.exception
"""

from rill.testing.v1.app_test import AppTest
from rill.testing.v1.errors import AppTestError

__all__ = ["AppTest", "AppTestError"]
