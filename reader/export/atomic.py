"""Write an export so that the file is either the old one or the whole new one, never half.

A temporary file in the same folder is written, flushed and fsynced, then moved over the
target, then the folder is fsynced so the rename itself survives a power cut. A full disk
or any other failure leaves the previous export untouched and removes the temporary file.

Only a regular file is ever written: a folder, a device, a named pipe or a socket is
refused, and so is a symbolic link unless ``follow_symlinks`` (then the file it points to is
written, under the same rules). A new file is created mode 0600 (it holds private notes)
without ever clobbering a file that appeared meanwhile (a hard link of the finished
temporary file, which fails if the name is taken); an existing file is replaced only with
``replace`` and keeps its mode.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path


class OutputRefusedError(OSError):
    """The target is not a file newsdiff may write; ``strerror`` says why, in one line."""


class OutputExistsError(FileExistsError):
    """The target is a regular file and replacing it was not asked for."""


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform lets a folder be opened
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _refuse(reason: str) -> OutputRefusedError:
    return OutputRefusedError(errno.EINVAL, reason)


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "is a folder, not a file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device, not a regular file: newsdiff writes only regular files"
    if stat.S_ISFIFO(mode):
        return "is a named pipe, not a regular file: newsdiff writes only regular files"
    if stat.S_ISSOCK(mode):
        return "is a socket, not a regular file: newsdiff writes only regular files"
    return "is not a regular file: newsdiff writes only regular files"


def check_target(path: Path, *, replace: bool, follow_symlinks: bool) -> tuple[Path, int | None]:
    """The file to write (``path``, or where its link points) and the mode of the file it
    replaces (None when new); raises ``OutputRefusedError`` or ``OutputExistsError``."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return path, None
    if stat.S_ISLNK(info.st_mode):
        if not follow_symlinks:
            raise _refuse("is a symbolic link: --follow-symlinks writes the file it points to")
        target = Path(os.path.realpath(path))
        try:
            info = os.stat(target)
        except FileNotFoundError:
            return target, None
        path = target
    if not stat.S_ISREG(info.st_mode):
        raise _refuse(_kind(info.st_mode))
    if not replace:
        if not info.st_mode & 0o222 or not os.access(path, os.W_OK):
            raise OutputExistsError(errno.EEXIST, "is a read-only file: --force replaces it")
        raise OutputExistsError(errno.EEXIST, "exists already: --force replaces it")
    return path, stat.S_IMODE(info.st_mode)


def _link_new(temp_name: str, target: Path) -> None:
    """Give the finished temporary file the target's name only if that name is free."""
    try:
        os.link(temp_name, target)
    except FileExistsError:
        raise OutputExistsError(errno.EEXIST, "exists already: --force replaces it") from None
    except OSError as exc:  # a file system without hard links: check again, then rename
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
            raise
        if os.path.lexists(target):
            raise OutputExistsError(errno.EEXIST, "exists already: --force replaces it") from None
        os.replace(temp_name, target)
        return
    os.unlink(temp_name)


def write_atomic(
    path: str | os.PathLike[str],
    text: str,
    *,
    replace: bool = True,
    follow_symlinks: bool = False,
) -> None:
    """Write ``text`` (UTF-8) to the regular file ``path`` atomically (see the module)."""
    target, mode = check_target(Path(path), replace=replace, follow_symlinks=follow_symlinks)
    folder = target.parent
    data = text.encode("utf-8")
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        if mode is None:
            _link_new(temp_name, target)
        else:
            os.chmod(temp_name, mode)
            check_target(target, replace=True, follow_symlinks=False)  # still a regular file
            os.replace(temp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise
    _fsync_folder(folder)
