"""Run in the kernel before the first cell when ``tools/notebooks/execute.py`` executes a notebook (``make notebooks``
and tests/test_notebooks.py), never when a user opens the notebook in Jupyter.

It makes what is stored readable on GitHub and the same on every machine:

* progress bars are tqdm's plain-text bars: ``tqdm.auto`` would draw a widget when ipywidgets is installed, which
  GitHub cannot show and whose state carries random model ids. Their geometry is fixed (a 10-character bar, no
  terminal-size probing: the kernel's stderr may be the terminal ``make`` runs in) and only the first and final
  states are drawn (``mininterval`` of an hour), so the stored line is the final count of the bar;
* matplotlib starts from its own defaults, whatever ``matplotlibrc`` the machine has.
"""

# No ``from __future__`` import here: IPython would carry it into every cell of the notebook.


def _setup() -> None:
    import warnings

    import matplotlib
    import tqdm.std

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "IProgress not found": ipywidgets is not needed, the bars are text
        import tqdm.auto

    class StoredTextBar(tqdm.std.tqdm):  # type: ignore[type-arg]
        """A text bar of fixed geometry that draws its first and final states only."""

        def __init__(self, *args: object, **kwargs: object) -> None:
            # ncols and nrows both given: tqdm never asks the terminal (a zero-row one would hide the bar).
            kwargs.update(dynamic_ncols=False, ncols=120, nrows=20, mininterval=3600.0)
            kwargs.setdefault("bar_format", "{l_bar}{bar:10}{r_bar}")
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    tqdm.auto.tqdm = StoredTextBar  # type: ignore[misc]
    matplotlib.rcdefaults()


_setup()
del _setup
