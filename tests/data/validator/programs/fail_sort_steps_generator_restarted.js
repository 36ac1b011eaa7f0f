// A bubble-sort visualiser: press SPACE to start; a repeating timer compares one neighbouring pair of bars per tick (highlighted), swaps them with a short tween when they are out of order, and shows "Sorted!" when the bars are in order.
const START_VALUES = [7, 3, 11, 1, 9, 5, 12, 2, 8, 4, 10, 6];
const BAR_W = 44;
const GAP = 8;
const LEFT = 400 - (START_VALUES.length * (BAR_W + GAP) - GAP) / 2 + BAR_W / 2;
const BASE_Y = 500;

class SortScene extends Phaser.Scene {
    constructor() {
        super('SortScene');
    }

    create() {
        this.values = START_VALUES.slice();
        this.comparisons = 0;
        this.sorting = false;

        this.bars = this.add.group();
        this.values.forEach((value, i) => {
            const bar = this.add.rectangle(this.slotX(i), BASE_Y, BAR_W, value * 30, 0x4cc9f0).setOrigin(0.5, 1);
            bar.setData('value', value);
            this.bars.add(bar);
        });
        this.order = this.bars.getChildren().slice();

        this.add.text(400, 40, 'Bubble Sort', { fontSize: '36px', color: '#ffffff' }).setOrigin(0.5);
        this.status = this.add.text(400, 550, 'Press SPACE to sort', { fontSize: '24px', color: '#f8f9fa' }).setOrigin(0.5);
        this.counter = this.add.text(20, 80, 'Comparisons: 0', { fontSize: '18px', color: '#adb5bd' });

        this.input.keyboard.on('keydown-SPACE', this.startSort, this);
    }

    slotX(i) {
        return LEFT + i * (BAR_W + GAP);
    }

    *bubbleSteps(values) {
        const n = values.length;
        for (let pass = 0; pass < n - 1; pass++) {
            let swapped = false;
            for (let i = 0; i < n - 1 - pass; i++) {
                const swap = values[i] > values[i + 1];
                if (swap) {
                    [values[i], values[i + 1]] = [values[i + 1], values[i]];
                    swapped = true;
                }
                yield { i, swap };
            }
            if (!swapped) {
                return;
            }
        }
    }

    startSort() {
        if (this.sorting) {
            return;
        }
        this.sorting = true;
        this.status.setText('Sorting...');
        this.timer = this.time.addEvent({ delay: 120, loop: true, callback: this.tick, callbackScope: this });
    }

    tick() {
        const step = this.bubbleSteps(this.values).next();
        this.order.forEach(bar => bar.setFillStyle(0x4cc9f0));

        if (step.done) {
            this.timer.remove();
            this.order.forEach(bar => bar.setFillStyle(0x80ed99));
            this.status.setText('Sorted!');
            return;
        }

        const { i, swap } = step.value;
        this.comparisons++;
        this.counter.setText(`Comparisons: ${this.comparisons}`);
        const left = this.order[i];
        const right = this.order[i + 1];
        left.setFillStyle(0xf72585);
        right.setFillStyle(0xf72585);

        if (swap) {
            this.order[i] = right;
            this.order[i + 1] = left;
            this.tweens.add({ targets: right, x: this.slotX(i), duration: 90, ease: 'Sine.easeInOut' });
            this.tweens.add({ targets: left, x: this.slotX(i + 1), duration: 90, ease: 'Sine.easeInOut' });
        }
    }
}

new Phaser.Game({
    type: Phaser.AUTO,
    width: 800,
    height: 600,
    backgroundColor: '#22223b',
    scene: [SortScene]
});
