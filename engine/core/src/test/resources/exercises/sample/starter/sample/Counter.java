package sample;

public final class Counter {
    private long count;

    public void increment() {
        count++;
    }

    public long get() {
        return count;
    }

    public static void moveOne(Counter from, Counter to) {
        from.count--;
        to.count++;
    }
}
