package rs.eobuka.workshop.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import rs.eobuka.booking.DateWindow;

/**
 * Up to three preferred windows as a form picks them (p:datePicker ranges), in order; a range
 * with one day picked counts as that day.
 */
public class WindowPicks implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<LocalDate> window1;
    private List<LocalDate> window2;
    private List<LocalDate> window3;

    public List<DateWindow> windows() {
        List<DateWindow> windows = new ArrayList<>();
        for (List<LocalDate> range : Arrays.asList(window1, window2, window3)) {
            if (range != null && !range.isEmpty() && range.get(0) != null) {
                LocalDate from = range.get(0);
                LocalDate to = range.size() > 1 && range.get(1) != null ? range.get(1) : from;
                windows.add(to.isBefore(from) ? new DateWindow(to, from) : new DateWindow(from, to));
            }
        }
        return windows;
    }

    public List<LocalDate> getWindow1() { return window1; }
    public void setWindow1(List<LocalDate> window1) { this.window1 = window1; }
    public List<LocalDate> getWindow2() { return window2; }
    public void setWindow2(List<LocalDate> window2) { this.window2 = window2; }
    public List<LocalDate> getWindow3() { return window3; }
    public void setWindow3(List<LocalDate> window3) { this.window3 = window3; }
}
