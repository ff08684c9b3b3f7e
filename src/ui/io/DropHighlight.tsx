/**
 * Shown over the whole page while a file is dragged over it. Decorative (the file input is the
 * accessible way in), and transparent to the pointer so the drop reaches the page beneath.
 */
export function DropHighlight() {
  return (
    <div className="io-drop" aria-hidden="true">
      <p className="io-drop-text">Drop a CSV file to import it</p>
    </div>
  );
}
