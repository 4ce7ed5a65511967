package vn.daklak.ngoaivu.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Wraps a parser's row iterator so that whatever the parser throws on a hostile or broken file (runtime exceptions,
 * stack overflow on deeply nested XML) reaches the caller as an {@link UncheckedIOException} around an IOException
 * with a Vietnamese message: a Stream cannot throw a checked exception while it is being consumed.
 */
final class SafeRows implements Iterator<SheetRow> {

    private final Iterator<SheetRow> source;
    private final String sheetName;
    private final UnaryOperator<SheetRow> merge;
    private int lastRow;

    private SafeRows(Iterator<SheetRow> source, String sheetName, UnaryOperator<SheetRow> merge) {
        this.source = source;
        this.sheetName = sheetName;
        this.merge = merge;
    }

    static Stream<SheetRow> stream(Iterator<SheetRow> source, String sheetName, MergedRegions merges,
                                   Runnable onClose) {
        SafeRows rows = new SafeRows(source, sheetName, merges::fill);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(rows,
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(onClose);
    }

    @Override
    public boolean hasNext() {
        try {
            return source.hasNext();
        } catch (RuntimeException | StackOverflowError e) {
            throw failure(e);
        }
    }

    @Override
    public SheetRow next() {
        try {
            SheetRow row = merge.apply(source.next());
            lastRow = row.rowNumber();
            return row;
        } catch (NoSuchElementException e) {
            throw e;
        } catch (UncheckedIOException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw failure(e);
        }
    }

    private UncheckedIOException failure(Throwable cause) {
        return new UncheckedIOException(new IOException(ReadMessages.sheetUnreadable(sheetName, lastRow), cause));
    }
}
