// A graph plotter that draws y = a·x² + b·x + c with a Graphics object on labelled axes: Q/A, W/S and E/D raise or lower a, b and c, the curve is redrawn, and moving the mouse slides a trace dot along the curve showing its (x, y) coordinates.
const ORIGIN = { x: 400, y: 300 };
const UNIT = 40; // pixels per unit

const state = { a: 1, b: 0, c: 0 };

function f(x) {
    return state.a * x * x + state.b * x + state.c;
}

function toScreen(x, y) {
    return { x: ORIGIN.x + x * UNIT, y: ORIGIN.y + y * UNIT };
}

function plot(scene) {
    scene.curve.clear();
    scene.curve.lineStyle(3, 0x0077b6, 1);
    scene.curve.beginPath();
    for (let px = 0; px <= 800; px += 4) {
        const p = toScreen((px - ORIGIN.x) / UNIT, f((px - ORIGIN.x) / UNIT));
        if (px === 0) scene.curve.moveTo(p.x, p.y);
        else scene.curve.lineTo(p.x, p.y);
    }
    scene.curve.strokePath();
    scene.formula.setText(`y = ${state.a}x² + ${state.b}x + ${state.c}`);
    trace(scene);
}

function trace(scene) {
    const y = f(scene.traceX);
    const p = toScreen(scene.traceX, y);
    scene.dot.setPosition(p.x, p.y);
    scene.readout.setText(`(${scene.traceX.toFixed(2)}, ${y.toFixed(2)})`);
    scene.readout.setPosition(p.x + 10, Phaser.Math.Clamp(p.y - 28, 40, 540));
}

new Phaser.Game({
    type: Phaser.AUTO,
    width: 800,
    height: 600,
    backgroundColor: '#fdfdfd',
    scene: {
        create() {
            const grid = this.add.graphics();
            grid.lineStyle(1, 0xe0e0e0, 1);
            for (let gx = ORIGIN.x % UNIT; gx <= 800; gx += UNIT) grid.lineBetween(gx, 0, gx, 600);
            for (let gy = ORIGIN.y % UNIT; gy <= 600; gy += UNIT) grid.lineBetween(0, gy, 800, gy);
            grid.lineStyle(2, 0x333333, 1);
            grid.lineBetween(0, ORIGIN.y, 800, ORIGIN.y);
            grid.lineBetween(ORIGIN.x, 0, ORIGIN.x, 600);
            for (let n = -9; n <= 9; n++) {
                if (n === 0) continue;
                this.add.text(ORIGIN.x + n * UNIT, ORIGIN.y + 4, String(n), { fontSize: '12px', color: '#555' }).setOrigin(0.5, 0);
                if (Math.abs(n) <= 6) {
                    this.add.text(ORIGIN.x - 6, ORIGIN.y - n * UNIT, String(n), { fontSize: '12px', color: '#555' }).setOrigin(1, 0.5);
                }
            }

            this.curve = this.add.graphics();
            this.dot = this.add.circle(ORIGIN.x, ORIGIN.y, 7, 0xd62828);
            this.readout = this.add.text(0, 0, '', { fontSize: '16px', color: '#d62828', backgroundColor: '#ffffffcc' });
            this.formula = this.add.text(16, 14, '', { fontSize: '22px', color: '#003049', backgroundColor: '#ffffffdd' });
            this.add.text(16, 570, 'Q/A: a ±0.5    W/S: b ±1    E/D: c ±1    move the mouse to trace', { fontSize: '16px', color: '#003049' });

            const steps = { Q: ['a', 0.5], A: ['a', -0.5], W: ['b', 1], S: ['b', -1], E: ['c', 1], D: ['c', -1] };
            Object.entries(steps).forEach(([key, [name, amount]]) => {
                this.input.keyboard.on(`keydown-${key}`, () => {
                    state[name] += amount;
                    plot(this);
                });
            });

            this.traceX = 0;
            this.input.on('pointermove', (pointer) => {
                this.traceX = (pointer.x - ORIGIN.x) / UNIT;
                trace(this);
            });

            plot(this);
        }
    }
});
