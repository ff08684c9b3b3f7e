/** The app's name and what it is for, at the top of the page. */
export function Header() {
  return (
    <header className="app-header">
      <h1>Gradient descent for logistic regression</h1>
      <p className="app-subtitle">
        Watch a classifier learn, one step at a time: in the data, on the loss surface and in the
        mathematics.
      </p>
    </header>
  );
}
