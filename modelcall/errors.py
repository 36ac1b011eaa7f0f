"""Error types that map to the CLI's exit codes (see DESIGN.md, "Command line")."""


class ModelcallError(Exception):
    """Base class; ``exit_code`` is what the CLI returns for it."""

    exit_code = 1


class UserError(ModelcallError):
    """Bad input or config: the CLI prints one line (no traceback) and exits 2."""

    exit_code = 2


class ConfigError(UserError):
    """A task or model config is invalid; the message names the file and the key."""

    def __init__(self, message: str, source: str | None = None):
        self.source = source
        super().__init__(f"{source}: {message}" if source else message)

    def __str__(self) -> str:
        return "config error: " + super().__str__()


class InputError(UserError):
    """A data file is missing or malformed; the message names ``file:line``."""

    def __str__(self) -> str:
        return "input error: " + super().__str__()


class OutputBusy(UserError):
    """Another live run holds the output's lock; the message names it (pid, host, since) and what to do."""

    def __str__(self) -> str:
        return "output in use: " + super().__str__()


class CredentialError(UserError):
    """A credential variable is unset; the message names the variable and the env file."""

    def __str__(self) -> str:
        return "credential error: " + super().__str__()


class TaskFailed(ModelcallError):
    """The task ran but did not succeed (exit 1)."""

    exit_code = 1


class Interrupted(ModelcallError):
    """Ctrl-C: state was saved and a rerun resumes (exit 130)."""

    exit_code = 130
