// Bubble shooter: aim with the pointer and tap to fire, bubbles bounce off the side walls and stick to the cluster, three or more touching bubbles of one colour pop for 10 points each, tap the next-bubble preview (or press X) to swap current and next, and bubbles reaching the bottom line end the game (tap to retry).
const R = 26
const D = R * 2
const ROW_H = Math.round(D * 0.866)
const LEFT = 19
const TOP = 60
const COLORS = [0xe63946, 0x2a9d8f, 0x457b9d, 0xf4a261]
const LAYOUT = ['32110000', '1100332', '00332211', '3322110', '32100123']
const LOSE_ROW = 11

class BubbleScene extends Phaser.Scene {
  constructor() {
    super('Bubbles')
  }

  create() {
    const g = this.add.graphics()
    g.fillStyle(0xffffff).fillCircle(R, R, R - 1)
    g.generateTexture('bubble', D, D)
    g.destroy()

    this.grid = new Map()
    this.score = 0
    this.over = false
    this.shot = null
    LAYOUT.forEach((line, row) => {
      line.split('').forEach((c, col) => this.place(row, col, Number(c)))
    })
    this.add.rectangle(240, this.cellY(LOSE_ROW), 480, 2, 0xff5555)
    this.scoreText = this.add.text(12, 12, 'Score: 0', { fontSize: '24px', color: '#ffffff' })
    this.aim = this.add.graphics()
    this.current = Phaser.Math.Between(0, 3)
    this.next = Phaser.Math.Between(0, 3)
    this.loaded = this.add.image(240, 660, 'bubble')
    this.preview = this.add.image(340, 690, 'bubble').setScale(0.6).setInteractive()
    this.paintLoaded()

    this.preview.on('pointerdown', () => this.swap())
    this.input.keyboard.on('keydown-X', () => this.swap())
    this.input.on('pointerdown', (pointer, over) => {
      if (this.over) return this.scene.restart()
      if (over.includes(this.preview) || this.shot) return
      const angle = Phaser.Math.Clamp(Phaser.Math.Angle.Between(240, 660, pointer.x, pointer.y), -3.0, -0.14)
      this.shot = this.add.image(240, 660, 'bubble').setTint(COLORS[this.current])
      this.shot.setData({ color: this.current, vx: Math.cos(angle) * 900, vy: Math.sin(angle) * 900 })
      this.current = this.next
      this.next = Phaser.Math.Between(0, 3)
      this.paintLoaded()
    })
  }

  cellX(row, col) { return LEFT + R + col * D + (row % 2 ? R : 0) }
  cellY(row) { return TOP + R + row * ROW_H }

  place(row, col, color) {
    const img = this.add.image(this.cellX(row, col), this.cellY(row), 'bubble').setTint(COLORS[color])
    this.grid.set(row + ',' + col, { row, col, color, img })
  }

  paintLoaded() {
    this.loaded.setTint(COLORS[this.current])
    this.preview.setTint(COLORS[this.next])
  }

  swap() {
    if (this.over) return
    this.tweens.add({ targets: [this.loaded, this.preview], alpha: { from: 0.3, to: 1 }, duration: 160 })
    ;[this.current, this.next] = [this.next, this.current]
    this.paintLoaded()
  }

  update(time, delta) {
    const p = this.input.activePointer
    this.aim.clear().lineStyle(2, 0xffffff, 0.4).lineBetween(240, 660, p.x, p.y)
    if (!this.shot) return
    const s = this.shot
    s.x += s.getData('vx') * delta / 1000
    s.y += s.getData('vy') * delta / 1000
    if (s.x < LEFT + R || s.x > 480 - LEFT - R) {
      s.x = Phaser.Math.Clamp(s.x, LEFT + R, 480 - LEFT - R)
      s.setData('vx', -s.getData('vx'))
    }
    const hit = [...this.grid.values()].some(b => Phaser.Math.Distance.Between(b.img.x, b.img.y, s.x, s.y) < D * 0.85)
    if (hit || s.y <= TOP + R) this.stick(s)
  }

  stick(s) {
    let best = null
    for (let row = 0; row <= LOSE_ROW; row++) {
      for (let col = 0; col < (row % 2 ? 7 : 8); col++) {
        if (this.grid.has(row + ',' + col)) continue
        const d = Phaser.Math.Distance.Between(this.cellX(row, col), this.cellY(row), s.x, s.y)
        if (!best || d < best.d) best = { row, col, d }
      }
    }
    this.place(best.row, best.col, s.getData('color'))
    s.destroy()
    this.shot = null
    const start = this.grid.get(best.row + ',' + best.col)
    const group = [start]
    for (let i = 0; i < group.length; i++) {
      for (const b of this.grid.values()) {
        const near = Phaser.Math.Distance.Between(b.img.x, b.img.y, group[i].img.x, group[i].img.y) < D * 1.1
        if (near && b.color === start.color && !group.includes(b)) group.push(b)
      }
    }
    if (group.length >= 3) {
      group.forEach(b => { b.img.destroy(); this.grid.delete(b.row + ',' + b.col) })
      this.score += group.length * 10
      this.scoreText.setText('Score: ' + this.score)
    } else if (best.row >= LOSE_ROW) {
      this.over = true
      this.add.text(240, 420, 'GAME OVER\nTap to retry', { fontSize: '36px', color: '#ffffff', align: 'center' }).setOrigin(0.5)
    }
  }
}

new Phaser.Game({ type: Phaser.AUTO, width: 480, height: 720, backgroundColor: '#14213d', scene: BubbleScene })
