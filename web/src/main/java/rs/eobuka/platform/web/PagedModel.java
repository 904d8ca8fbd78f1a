package rs.eobuka.platform.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A lazy PrimeFaces table model over a service that counts and pages in the database: the
 * table asks for one page at a time, never for the whole table.
 */
public final class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Counts the rows that match the view's current filter. */
    @FunctionalInterface
    public interface Counter extends Serializable {
        long count();
    }

    /** Loads rows {@code first} to {@code first + max} of the view's current filter. */
    @FunctionalInterface
    public interface Loader<T> extends Serializable {
        List<T> load(int first, int max);
    }

    /**
     * Loads a page in the order the table's sorted column asks for: {@code field} is the
     * column's {@code field} attribute, or null when no column is sorted.
     */
    @FunctionalInterface
    public interface SortedLoader<T> extends Serializable {
        List<T> load(int first, int max, String field, boolean ascending);
    }

    /** The row key, for selection and row actions. */
    @FunctionalInterface
    public interface Key<T> extends Function<T, String>, Serializable {
    }

    private final Counter counter;
    private final SortedLoader<T> loader;
    private final Key<T> key;

    public PagedModel(Counter counter, Loader<T> loader, Key<T> key) {
        this(counter, (first, max, field, ascending) -> loader.load(first, max), key);
    }

    private PagedModel(Counter counter, SortedLoader<T> loader, Key<T> key) {
        this.counter = counter;
        this.loader = loader;
        this.key = key;
    }

    /** A model whose columns sort in the database: the loader gets the sorted column's field. */
    public static <T> PagedModel<T> sorted(Counter counter, SortedLoader<T> loader, Key<T> key) {
        return new PagedModel<>(counter, loader, key);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, counter.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null ? null : sortBy.values().stream()
                .filter(meta -> meta.getOrder() != null && !meta.getOrder().isUnsorted()).findFirst().orElse(null);
        return sort == null
                ? loader.load(first, pageSize, null, true)
                : loader.load(first, pageSize, sort.getField(), sort.getOrder().isAscending());
    }

    /** The row of this key on the current page (row selection and row actions). */
    @Override
    @SuppressWarnings("unchecked")
    public T getRowData(String rowKey) {
        List<T> page = (List<T>) getWrappedData();
        return page == null ? null : page.stream().filter(row -> key.apply(row).equals(rowKey)).findFirst().orElse(null);
    }

    @Override
    public String getRowKey(T row) {
        return key.apply(row);
    }
}
