// Stack tower: a block slides back and forth above the tower, tap or press Space to drop it, the overhang is cut off so the next block is only as wide as the overlap, each placed block scores, and a block that misses the tower ends the game (best score kept, tap to retry).
const BLOCK_H = 36;
const BASE_Y = 660;
const PALETTE = [0xff6b6b, 0xffa94d, 0xffd43b, 0x69db7c, 0x4dabf7, 0x9775fa];

class StackScene extends Phaser.Scene {
  constructor() {
    super('Stack');
  }

  create() {
    this.score = 0;
    this.over = false;
    this.best = this.registry.get('best') || 0;
    const base = this.add.rectangle(240, BASE_Y, 200, BLOCK_H, 0x868e96);
    this.stack = [base];

    this.scoreText = this.add.text(240, 60, '0', { fontSize: '56px', color: '#ffffff', fontStyle: 'bold' })
      .setOrigin(0.5).setScrollFactor(0).setDepth(10);
    this.bestText = this.add.text(16, 16, 'Best: ' + this.best, { fontSize: '22px', color: '#ced4da' })
      .setScrollFactor(0).setDepth(10);

    this.spawnBlock(base.width);
    this.input.on('pointerdown', () => this.drop());
    this.input.keyboard.on('keydown-SPACE', () => this.drop());
  }

  spawnBlock(width) {
    const y = BASE_Y - this.stack.length * BLOCK_H;
    const color = PALETTE[this.stack.length % PALETTE.length];
    this.current = this.add.rectangle(20, y, width, BLOCK_H, color).setStrokeStyle(2, 0x000000, 0.25);
    this.slide = this.tweens.add({
      targets: this.current,
      x: 460,
      duration: Math.max(600, 1500 - this.score * 60),
      ease: 'Sine.easeInOut',
      yoyo: true,
      repeat: -1
    });
  }

  drop() {
    if (this.over) {
      this.scene.restart();
      return;
    }
    const block = this.current;
    const top = this.stack[this.stack.length - 1];
    const left = Math.max(block.x - block.width / 2, top.x - top.width / 2);
    const right = Math.min(block.x + block.width / 2, top.x + top.width / 2);
    if (right <= left) {
      this.gameOver(block);
      return;
    }

    block.setSize(right - left, BLOCK_H);
    block.x = (left + right) / 2;
    this.stack.push(block);
    this.score += 1;
    this.scoreText.setText(String(this.score));
    this.spawnBlock(right - left);
    this.slide.stop();

    const height = this.stack.length * BLOCK_H;
    if (height > 360) {
      this.tweens.add({ targets: this.cameras.main, scrollY: 360 - height, duration: 250 });
    }
  }

  gameOver(block) {
    this.over = true;
    this.tweens.add({ targets: block, y: block.y + 800, angle: 40, duration: 900, ease: 'Quad.easeIn' });
    if (this.score > this.best) {
      this.best = this.score;
      this.registry.set('best', this.best);
    }
    this.bestText.setText('Best: ' + this.best);
    this.add.text(240, 300, 'Missed!\nScore ' + this.score + '\nTap to retry', {
      fontSize: '34px', color: '#ffffff', align: 'center'
    }).setOrigin(0.5).setScrollFactor(0).setDepth(10);
  }
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 480,
  height: 720,
  backgroundColor: '#212529',
  scene: StackScene
});
