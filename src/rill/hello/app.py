# Hello, rill: a one-page tour of what an app can do.
#
# Run it with `rill hello`. It is an ordinary app script, written exactly as it would be for
# Streamlit: `import rill as st`, then commands from top to bottom.

import random
from pathlib import Path

import pandas as pd

import rill as st

st.set_page_config(page_title="Hello, rill", page_icon="👋", layout="wide")

if "count" not in st.session_state:
    st.session_state.count = 0
if "rolls" not in st.session_state:
    st.session_state.rolls = []


def change_count(by: int) -> None:
    st.session_state.count += by


def reset_count() -> None:
    st.session_state.count = 0


# -- the sidebar ----------------------------------------------------------------------------------

with st.sidebar:
    st.header("Make it yours")
    name = st.text_input("Your name", value="friend")
    mood = st.selectbox("Today's mood", ["🙂 Cheerful", "😎 Relaxed", "🚀 Ambitious", "😴 Sleepy"])
    step = st.slider("Counter step", min_value=1, max_value=10, value=1)
    show_source = st.checkbox("Show this page's source")
    st.caption("Every widget change reruns the script from the top: that is the whole model.")

# -- the page -------------------------------------------------------------------------------------

st.title(f"Hello, {name}! 👋")
st.markdown(
    "Welcome to **rill**, where a Python script becomes an interactive web app. "
    f"You are feeling :blue[{mood}] today; the counter moves by :orange[**{step}**]. "
    "Text can be :green[green], :red[red], :violet[violet] or "
    ":rainbow[all of them at once]."
)

left, middle, right = st.columns(3)
with left:
    st.subheader("🧮 Counter")
    st.markdown(f"The counter is at **{st.session_state.count}**.")
with middle:
    st.subheader("🧩 Layout")
    st.markdown("Columns, tabs, an expander and the sidebar arrange this page.")
with right:
    st.subheader("🕒 State")
    st.markdown("Everything here lives in `st.session_state`, one per browser tab.")

counter_tab, form_tab, fragment_tab, data_tab = st.tabs(
    ["Counter", "Form", "Fragment", "Data & charts"]
)

with counter_tab:
    plus, minus, reset = st.columns(3)
    plus.button(f"Add {step}", on_click=change_count, args=(step,))
    minus.button(f"Take {step}", on_click=change_count, args=(-step,))
    reset.button("Reset", on_click=reset_count)
    if st.session_state.count > 20:
        st.success("Past twenty: well counted!")
    elif st.session_state.count < 0:
        st.warning("Below zero. Bold.")
    else:
        st.info("Press a button: a callback changes the count before the script reruns.")

with form_tab:
    st.markdown("A form sends its widgets' values together, only when it is submitted.")
    with st.form("ice_cream"):
        flavour = st.radio("Flavour", ["Vanilla", "Chocolate", "Strawberry"], horizontal=True)
        scoops = st.number_input("Scoops", min_value=1, max_value=5, value=2)
        toppings = st.multiselect("Toppings", ["Sprinkles", "Nuts", "Caramel", "Cherries"])
        submitted = st.form_submit_button("Order")
    if submitted:
        extras = f" with {', '.join(toppings).lower()}" if toppings else ""
        st.success(f"One cone: {scoops} scoops of {flavour.lower()}{extras}. Enjoy, {name}!")


@st.fragment
def dice() -> None:
    """Only this function reruns when its button is pressed, not the whole page."""
    if st.button("🎲 Roll the dice"):
        st.session_state.rolls.append(random.randint(1, 6))
    rolls = st.session_state.rolls
    if rolls:
        st.markdown(f"You rolled a **{rolls[-1]}**. History: {', '.join(map(str, rolls[-10:]))}")
    st.caption("This part is a fragment: rolling reruns it alone, so the rest stays as it was.")


with fragment_tab:
    dice()


def data_and_charts() -> None:
    """Tables and charts: pandas here, but Arrow, polars, NumPy, lists and dicts work too."""
    rng = random.Random(7)
    days = pd.date_range("2026-11-01", periods=30, freq="D")
    visitors = [400 + day * 12 + rng.randint(-60, 60) for day in range(30)]
    traffic = pd.DataFrame(
        {
            "day": days,
            "visitors": visitors,
            "sign-ups": [round(v * rng.uniform(0.04, 0.08)) for v in visitors],
        }
    )
    today, yesterday = traffic.iloc[-1], traffic.iloc[-2]
    first, second, third = st.columns(3)
    first.metric(
        "Visitors today",
        f"{today['visitors']:,}",
        delta=int(today["visitors"] - yesterday["visitors"]),
        chart_data=traffic["visitors"].tail(14),
        border=True,
    )
    second.metric(
        "Sign-ups today",
        int(today["sign-ups"]),
        delta=int(today["sign-ups"] - yesterday["sign-ups"]),
        chart_data=traffic["sign-ups"].tail(14),
        chart_type="bar",
        border=True,
    )
    third.metric("Conversion", f"{today['sign-ups'] / today['visitors']:.1%}", border=True)

    st.line_chart(traffic, x="day", y=["visitors", "sign-ups"], y_label="people per day")

    cities = pd.DataFrame(
        {
            "city": ["Oslo", "Lima", "Osaka", "Accra", "Quito"],
            "orders": [rng.randint(20, 120) for _ in range(5)],
            "rating": [round(rng.uniform(3.5, 5.0), 1) for _ in range(5)],
        }
    )
    st.bar_chart(cities, x="city", y="orders", horizontal=True, sort="-orders")

    st.markdown("Select rows of the table; the selection comes back to the script.")
    event = st.dataframe(
        cities,
        hide_index=True,
        on_select="rerun",
        selection_mode="multi-row",
        column_config={
            "orders": st.column_config.ProgressColumn("Orders", min_value=0, max_value=120),
            "rating": st.column_config.NumberColumn("Rating", format="%.1f ⭐"),
        },
        key="cities",
    )
    chosen = cities.iloc[event.selection.rows]
    if len(chosen):
        st.success(f"{len(chosen)} selected: {', '.join(chosen['city'])}.")

    st.markdown("Edit the plan: cells, new rows at the bottom, rows deleted from the left.")
    plan = st.data_editor(
        pd.DataFrame(
            {"task": ["Write the app", "Show a friend"], "done": [True, False], "hours": [2, 1]}
        ),
        num_rows="dynamic",
        hide_index=True,
        key="plan",
    )
    st.caption(f"{int(plan['done'].sum())} of {len(plan)} tasks done, {plan['hours'].sum()} hours.")


with data_tab:
    data_and_charts()

with st.expander("How does this work?"):
    st.markdown(
        "- The script runs top to bottom on every interaction.\n"
        "- Widgets return their current value; `st.session_state` keeps values between runs.\n"
        "- `st.columns`, `st.tabs`, `st.expander` and `st.sidebar` decide where things go.\n"
        "- `st.form` batches input; `@st.fragment` reruns part of a page."
    )

if show_source:
    st.divider()
    st.code(Path(__file__).read_text(encoding="utf-8"), language="python")
