// Paint app: drag to paint on a RenderTexture, keys 1-4 pick a colour, Z undoes the last stroke and C clears the canvas.
class PaintScene extends Phaser.Scene {
    constructor() {
        super('PaintScene');
        this.palette = [0xe74c3c, 0x3498db, 0x2ecc71, 0xf1c40f];
        this.color = this.palette[0];
        this.strokes = [];
        this.points = [];
    }

    preload() {
        const g = this.make.graphics({ x: 0, y: 0, add: false });
        g.fillStyle(0xffffff, 1);
        g.fillCircle(8, 8, 8);
        g.generateTexture('brush', 16, 16);
        g.destroy();
    }

    create() {
        this.add.rectangle(400, 300, 800, 600, 0x1e1e24);
        this.canvas = this.add.renderTexture(0, 40, 800, 560).setOrigin(0, 0);

        this.add.rectangle(400, 20, 800, 40, 0x2c2c34);
        this.swatches = this.palette.map((c, i) =>
            this.add.rectangle(30 + i * 40, 20, 28, 28, c).setStrokeStyle(2, 0xffffff, i === 0 ? 1 : 0));
        this.info = this.add.text(200, 10, '', { fontSize: '16px', color: '#ffffff' });
        this.updateInfo();

        this.input.on('pointerdown', (pointer) => {
            if (pointer.y < 40) return;
            this.points = [{ x: pointer.x, y: pointer.y - 40 }];
            this.stampDot(this.points[0], this.color);
        });

        this.input.on('pointermove', (pointer) => {
            if (!pointer.isDown || this.points.length === 0) return;
            const last = this.points[this.points.length - 1];
            const p = { x: pointer.x, y: pointer.y - 40 };
            this.stampLine(last, p, this.color);
            this.points.push(p);
        });

        this.input.on('pointerup', () => {
            if (this.points.length === 0) return;
            this.strokes.push({ color: this.color, points: this.points });
            this.points = [];
            this.updateInfo();
        });

        this.input.keyboard.on('keydown', (event) => {
            const n = parseInt(event.key, 10);
            if (n >= 1 && n <= this.palette.length) {
                this.color = this.palette[n - 1];
                this.swatches.forEach((s, i) => s.setStrokeStyle(2, 0xffffff, i === n - 1 ? 1 : 0));
            }
        });
        this.input.keyboard.on('keydown-Z', () => this.undo());
        this.input.keyboard.on('keydown-C', () => {
            this.strokes = [];
            this.canvas.clear();
            this.updateInfo();
        });
    }

    stampDot(p, color) {
        this.canvas.stamp('brush', null, p.x, p.y, { tint: color });
    }

    stampLine(a, b, color) {
        const dist = Phaser.Math.Distance.Between(a.x, a.y, b.x, b.y);
        const steps = Math.max(1, Math.ceil(dist / 3));
        for (let i = 1; i <= steps; i++) {
            this.stampDot({ x: Phaser.Math.Linear(a.x, b.x, i / steps), y: Phaser.Math.Linear(a.y, b.y, i / steps) }, color);
        }
    }

    undo() {
        if (this.strokes.length === 0) return;
        this.strokes.pop();
        this.canvas.clear();
        for (const stroke of this.strokes) {
            stroke.points.forEach((p, i) => {
                if (i === 0) this.stampDot(p, stroke.color);
                else this.stampLine(stroke.points[i - 1], p, stroke.color);
            });
        }
        this.updateInfo();
    }

    updateInfo() {
        this.info.setText(`Strokes: ${this.strokes.length}   [1-4] colour  [Z] undo  [C] clear`);
    }
}

new Phaser.Game({
    type: Phaser.AUTO,
    width: 800,
    height: 600,
    backgroundColor: '#111111',
    scene: PaintScene
});
